# server: pwòp repons API pòtay la (erè ak refi), nan lang ki nan
# Accept-Language demann lan.

## Erè nenpòt pwen API ka reponn
server-sign-in-again = Konekte pou kontinye. Sesyon ou ka fini.
server-forbidden = Ou pa ka wè ni chanje dosye sa a.
server-not-found = Nou pa jwenn li.
server-csrf = Nou pa t ka verifye demann sa a. Rechaje paj la epi eseye ankò.
server-idempotency-conflict = Idempotency-Key sa a te deja sèvi pou yon lòt demann.
server-too-many-attempts = Twòp esè. Tann kèk minit epi eseye ankò.
server-internal = Yon bagay pa mache bò kote nou. Nou pa sove anyen; eseye ankò.
server-request-not-understood = Nou pa t ka li demann lan: verifye adrès li, query li ak body li dapre kontra API a.
server-search-too-long = Chèche ak 100 karaktè oswa mwens: yon pati nan yon non oswa yon { -sevis-id }.
server-busy = Sèvis la okipe. Eseye ankò nan yon ti moman.

## Konekte
server-wrong-email-or-password = Ekri yon adrès imèl ak yon modpas ki kòrèk. Si kont SEVP Portal ou te bloke oswa li fèmen, DSO ou ka ede ou.
server-wrong-supervision-details = Ekri { -a-number } ou, { -subject-id } ou ak dat nesans ou egzakteman jan yo ye sou Fòm I-385 ou
server-email-taken = Yon lòt kont Portal deja sèvi ak adrès imèl sa a. Mande etidyan an yon lòt adrès.

## Aktive yon kont SEVP Portal
server-link-expired = Lyen sa a ekspire: lyen yo mache pandan { -fact-sevp-portal-link-valid-days } jou. Mande DSO ou voye imèl kont lan ankò.
server-link-not-working = Lyen sa a pa mache. Sèvi ak lyen ki pi resan nan imèl ou, oswa mande DSO ou voye l ankò.

## Yon ofisyèl lekòl ak kont Portal yon etidyan
server-portal-already-set-up = Kont Portal etidyan sa a deja kreye.
server-portal-not-locked = Kont Portal etidyan sa a pa bloke.
server-validation-report-stem-only = Rapò validasyon yo se pou STEM OPT sèlman.

## Randevou prezantasyon (check-in)
server-slot-taken = Yon lòt moun fèk pran lè sa a. Chwazi yon lòt.
server-already-booked = Ou gen yon randevou deja. Chanje li olye ou pran yon lòt.

## Demann kontra a pa pèmèt (400)
server-idempotency-key-missing = Chak ekriti bezwen yon header Idempotency-Key (8 a 128 karaktè).
server-idempotency-key-format = Header Idempotency-Key la dwe gen 8 a 128 lèt, chif, -, _, . oswa :.
server-demo-clock-range = advance_seconds dwe ant 1 ak 2678400 (31 jou)
server-date-format = Dat yo dwe ekri AAAA-MM-JJ.
server-unknown-action = Aksyon nou pa konnen.
server-unknown-outcome = Rezilta nou pa konnen.
server-body-not-json = Body a dwe an JSON, ak fòm ki dokimante a, voye kòm application/json.
server-no-endpoint = Pa gen okenn pwen API nan adrès sa a.

## Imèl envitasyon an (nou pa konnen lang etidyan an: li voye nan lang pa defo a)
server-invitation-subject = Kreye kont SEVP Portal ou
server-link-left-out = [lyen an: li voye pa imèl sèlman, yo pa janm sere l]
server-invitation-body = Bonjou { $name },{"\u000A"}{"\u000A"}OPT ou kòmanse. Kreye kont SEVP Portal ou ak lyen sa a nan yon delè { -fact-sevp-portal-link-valid-days } jou:{"\u000A"}{ $link }{"\u000A"}{"\u000A"}Si lyen an ekspire, mande DSO ou voye l ankò.{"\u000A"}
