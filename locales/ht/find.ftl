### Paj "Jwenn bon kote a" yo: kòmansman, kesyon ak rezilta (se pa kesyon yo ak
### rezilta yo menm: yo nan router.ftl).
### Id ki fini ak non yon chan (find-start_title) se Rust ki li yo kòm yon struct (src/text/find.rs).

## Paj kòmansman
find-start_title = Jwenn bon kote a
find-start_lead = Reponn kèk kesyon sou sa ou bezwen. N ap di ou ki sèvis oswa ki ajans pou w itilize, poukisa, kisa pou w genyen pare, ak ki kote paj ofisyèl yo ye.
find-start_points-1 = Sa pran anviwon 2 minit.
find-start_points-2 = Nou poze kesyon sou sitiyasyon ou, nou pa janm mande non oswa nimewo.
find-start_points-3 = Repons ou yo rete nan adrès paj la, kidonk bouton Retounen an, lè ou rechaje paj la, ak yon lyen ou pataje ap montre menm paj la.
find-start_button = Kòmanse kounye a

## Kesyon yo ak rezilta a
find-step_title_suffix = {" "}– Jwenn bon kote a
find-where_to_go = Ki kote pou w ale
find-applies_to = Pou ki moun
find-why = Poukisa
find-your_answers = Repons ou yo
find-change = Chanje
find-next_steps = Kisa pou w fè apre
find-have_ready = Kisa pou w genyen pare
find-have_ready_hint = Make chak bagay lè ou jwenn li. Ou ka enprime lis la tou.
find-deadlines = Dat limit
find-deadlines_tool = Kalkile dat ou yo ak kalkilatè dat limit la
find-secondary_source = Sa soti nan konsèy lekòl yo, pa nan yon paj ofisyèl: verifye ak DSO ou.
find-official_links = Lyen ofisyèl
find-read_guide = Li gid konplè a
find-tools_heading = Zouti ki ka ede
find-start_again = Rekòmanse
