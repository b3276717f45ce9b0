### A estrutura e as páginas que todo visitante vê: cabeçalho, rodapé, início, quem somos, lista de guias,
### busca, página não encontrada e o que os formulários compartilham (erros, botões, campos de data).
### Ids que terminam com o nome de um campo (shell-site_name) são lidos pelo Rust como uma struct (src/text/shell.rs).

## Cabeçalho, aviso, navegação e rodapé
shell-site_name = eService Navigator
shell-skip_link = Pular para o conteúdo principal
shell-notice_tag = Ajuda independente
shell-notice = Este não é um site do governo.
shell-notice_about = Quem somos
shell-nav_label = Principal
shell-nav_menu = Menu
shell-nav_home = Início
shell-nav_find = Encontre o lugar certo
shell-nav_guides = Guias
shell-nav_tools = Ferramentas
shell-nav_search = Buscar
shell-nav_about = Quem somos
shell-nav_portal = Portal de demonstração
shell-language_label = Idioma
shell-footer_notice = O eService Navigator é uma ajuda independente. Não tem ligação com o Serviço de Imigração e Alfândega dos EUA (ICE), com o Departamento de Segurança Interna nem com nenhum outro órgão do governo.
shell-footer_official = Use os serviços oficiais somente nos endereços indicados nos nossos guias. Confira o endereço antes de entrar na sua conta ou pagar.

## Início
shell-home_title = Encontre seu caminho nos portais de imigração dos EUA
shell-home_lead = Disseram para você ir a “eservice.ice.gov”? Esta ajuda explica, em linguagem simples, qual serviço on-line é o certo para você, o que ter em mãos e onde estão as páginas oficiais.
shell-home_ways_heading = Como podemos ajudar?
shell-home_ways-1 = Encontre o lugar certo
    .detail = Responda a algumas perguntas para saber qual serviço ou órgão usar, por quê e o que ter em mãos.
shell-home_ways-2 = Trabalho em uma escola com estudantes internacionais
    .detail = SEVIS, contas dos estudantes no SEVP Portal, registros de OPT e certificação da escola.
shell-home_ways-3 = Sei de qual serviço preciso
    .detail = Guias passo a passo de cada serviço on-line do ICE e dos órgãos aos quais as pessoas são enviadas em vez dele.
shell-home_common_heading = Mais procurados
shell-home_common-1 = SEVP Portal para estudantes com OPT
shell-home_common-2 = Agendamentos de check-in no ICE
shell-home_common-3 = Mudança de endereço (ICE, tribunal e USCIS)
shell-home_common-4 = Encontrar uma pessoa detida
shell-home_common-5 = Consultar um caso no USCIS
shell-home_common-6 = Pagar a taxa I-901 do SEVIS
shell-home_common-7 = Este link ou e-mail é oficial?
shell-home_not_gov_heading = Antes de começar
shell-home_not_gov = Esta ajuda não é um site do governo. Ela só envia você aos endereços oficiais indicados nos guias dela. Existem sites que imitam os oficiais: nunca pague nem entre na sua conta por um link que você não consegue conferir.
shell-home_about_link = Sobre esta ajuda e de onde vêm as informações

## Quem somos
shell-about_title = Sobre esta ajuda
shell-about_lead = O eService Navigator ajuda as pessoas a encontrar on-line o serviço de imigração dos EUA certo e a se preparar para usá-lo.
shell-about_not_gov_heading = Não é um site do governo
shell-about_not_gov-1 = Somos independentes. Não fazemos parte do Serviço de Imigração e Alfândega dos EUA (ICE), do Departamento de Segurança Interna (DHS), do Serviço de Cidadania e Imigração dos EUA (USCIS) nem de nenhum outro órgão.
shell-about_not_gov-2 = Nunca pedimos sua senha e não podemos mudar seu caso de imigração. Use os serviços oficiais somente nos endereços indicados nos nossos guias. Existem sites que imitam os oficiais: confira o endereço antes de entrar na sua conta ou pagar.
shell-about_what_heading = O que esta ajuda faz
shell-about_what-1 = Explica cada serviço on-line do ICE: o que é, para quem é e o que ter em mãos.
shell-about_what-2 = Faz algumas perguntas para indicar o lugar certo: um serviço do ICE, o USCIS, o Departamento de Estado, a CBP, o tribunal de imigração ou um advogado.
shell-about_what-3 = Isto não é orientação jurídica. Se você está em detenção, tem uma ordem de deportação ou perdeu um prazo, fale com um advogado de imigração ou um representante credenciado.
shell-about_sources_heading = De onde vêm nossas informações
shell-about_sources_intro = Conferimos nossos guias com páginas oficiais, entre elas:
shell-about_sources-1 = ICE: check-in e mudança de endereço
    .detail = { -fact-ice-check-in-url }
shell-about_sources-2 = SEVP Portal para estudantes com OPT
    .detail = { -fact-sevp-portal-url }
shell-about_sources-3 = Study in the States (central de ajuda do SEVP, em inglês)
    .detail = { -fact-study-in-the-states-url }
shell-about_sources-4 = Serviço de Cidadania e Imigração dos EUA (USCIS)
    .detail = { -fact-uscis-url }
shell-about_sources-5 = Escritório Executivo de Revisão de Imigração (tribunal de imigração)
    .detail = { -fact-eoir-url }
shell-about_sources-6 = Localizador de detidos do ICE
    .detail = { -fact-detainee-locator-url }
shell-about_sources_note = Taxas, telefones e prazos mudam. Sempre confira a página oficial antes de agir.

## Guias (a lista e o link abaixo de cada guia)
shell-guides_title = Guias
shell-guides_lead = Guias em linguagem simples sobre cada serviço on-line do ICE e sobre os órgãos aos quais as pessoas muitas vezes são enviadas em vez dele.
shell-guide_groups-1 = Comece aqui
shell-guide_groups-2 = Serviços on-line do ICE
shell-guide_groups-3 = Outros órgãos e ajuda
shell-guide_find_link = { shell-nav_find }

## Busca
shell-search_title = Buscar
shell-search_label = Buscar nos guias e ferramentas
shell-search_button = Buscar
shell-search_missing = Digite as palavras que você quer buscar
shell-search_none = Nada encontrado. Tente outras palavras ou responda a algumas perguntas em Encontre o lugar certo.
shell-search-results-for = Resultados para “{ $words }”

## Página não encontrada
shell-not_found_title = Página não encontrada
shell-not_found_typed = Se você digitou o endereço do site, confira se ele está correto.
shell-not_found_pasted = Se você colou o endereço do site, confira se copiou o endereço inteiro.
shell-not_found_home = Ir para a página inicial

## Compartilhado por páginas e formulários
shell-loading = Carregando…
shell-load_failed_title = Não foi possível carregar esta página
shell-load_failed = Confira sua conexão e tente de novo. Nada do que você digitou foi perdido.
shell-try_again = Tentar de novo
shell-print = Imprimir esta página
shell-error_prefix = Erro:{" "}
shell-error_summary_title = Há um problema
shell-continue_button = Continuar
shell-back = Voltar
shell-day = Dia
shell-month = Mês
shell-year = Ano
shell-guide_sources = Fontes
shell-last_checked = Última verificação:
