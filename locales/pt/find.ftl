### As páginas de "Encontre o lugar certo": início, pergunta e resultado (não as perguntas e
### os resultados em si: esses estão em router.ftl).
### Ids que terminam com o nome de um campo (find-start_title) são lidos pelo Rust como uma struct (src/text/find.rs).

## Página inicial
find-start_title = Encontre o lugar certo
find-start_lead = Responda a algumas perguntas sobre o que você precisa. Vamos dizer qual serviço ou órgão usar, por quê, o que ter em mãos e onde estão as páginas oficiais.
find-start_points-1 = Leva cerca de 2 minutos.
find-start_points-2 = Perguntamos sobre a sua situação; nunca pedimos nomes nem números.
find-start_points-3 = Suas respostas ficam no endereço da página: por isso Voltar, recarregar e um link compartilhado mostram a mesma página.
find-start_button = Começar

## Perguntas e resultado
find-step_title_suffix = {" "}– Encontre o lugar certo
find-where_to_go = Aonde ir
find-applies_to = Para quem é
find-why = Por quê
find-your_answers = Suas respostas
find-change = Alterar
find-next_steps = O que fazer agora
find-have_ready = O que ter em mãos
find-have_ready_hint = Marque cada item quando encontrá-lo. A lista também pode ser impressa.
find-deadlines = Prazos
find-deadlines_tool = Calcule as suas datas com a calculadora de prazos
find-secondary_source = Vem de orientações de escolas, não de uma página oficial: confirme com o seu DSO.
find-official_links = Links oficiais
find-read_guide = Ler o guia completo
find-tools_heading = Ferramentas que ajudam
find-start_again = Começar de novo
