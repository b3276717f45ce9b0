//! The list of guides, grouped: where to start, ICE's own services, and elsewhere.

use navigator_domain::{
    AppPath, Lang, Page,
    guides::{Guide, GuideGroup, GuideSummary},
};

use crate::{markup::Markup, static_page::StaticPage, text::shell_text};

pub fn guides_page(lang: Lang, list: &[GuideSummary]) -> StaticPage {
    let t = shell_text(lang);
    let mut m = Markup::new();
    m.element("p", &[("class", "lead")], t.guides_lead());
    let groups = [
        GuideGroup::Start,
        GuideGroup::IceService,
        GuideGroup::Elsewhere,
    ];
    for (group, heading) in groups.into_iter().zip(t.guide_groups()) {
        let items: Vec<(String, &GuideSummary)> = Guide::ALL
            .into_iter()
            .filter(|g| g.group() == group)
            .filter_map(|guide| {
                let summary = list.iter().find(|s| s.slug == guide.slug())?;
                Some((
                    AppPath::href(lang, Page::Guide(guide)).unwrap_or_default(),
                    summary,
                ))
            })
            .collect();
        m.heading(heading).link_list(
            items
                .iter()
                .map(|(href, s)| (href.as_str(), s.title.as_str(), s.summary.as_str())),
        );
    }
    StaticPage::new(t.guides_title(), m.into_string())
}
