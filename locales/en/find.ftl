### The pages of "Find the right place": start, question and outcome (not the questions and
### outcomes themselves: those are in router.ftl).
### Ids that end in a field name (find-start_title) are read by Rust as a struct (src/text/find.rs).

## Start page
find-start_title = Find the right place
find-start_lead = Answer a few questions about what you need. We will tell you which service or agency to use, why, what to have ready and where the official pages are.
find-start_points-1 = It takes about 2 minutes.
find-start_points-2 = We ask about your situation, never for names or numbers.
find-start_points-3 = Your answers stay in the page address, so Back, reload and a shared link show the same page.
find-start_button = Start now

## Questions and outcome
find-step_title_suffix = {" "}– Find the right place
find-where_to_go = Where to go
find-applies_to = Applies to
find-why = Why
find-your_answers = Your answers
find-change = Change
find-next_steps = What to do next
find-have_ready = What to have ready
find-have_ready_hint = Tick each item as you find it. The list prints too.
find-deadlines = Deadlines
find-deadlines_tool = Work out your dates with the deadline calculator
find-secondary_source = From school guidance rather than an official page: check with your DSO.
find-official_links = Official links
find-read_guide = Read the full guide
find-tools_heading = Tools that help
find-start_again = Start again
