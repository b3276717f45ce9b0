# Palavras compartilhadas por todas as partes do aplicativo e pelo servidor.

## Termos oficiais: escritos exatamente como nos formulários das agências, em todos os idiomas.

-a-number = A-Number
-sevis-id = SEVIS ID
-ead = EAD
-i-94 = I-94
-subject-id = Subject ID

## Exemplos em dicas e mensagens de erro: um para cada coisa, o mesmo em todo lugar onde aparece.

-sample-phone = 202 555 0123

## As ferramentas do aplicativo (títulos das páginas e resumos de uma linha na página de ferramentas).

common-tools-index-title = Ferramentas
common-tools-index-lead = Pequenas ferramentas que funcionam no seu navegador. Nada do que você digita é enviado para lugar nenhum.
common-tool-identify-title = Que número é este?
common-tool-identify-summary = Cole um número de um aviso ou formulário para saber o que ele é, quem o usa e para que ele não serve.
common-tool-opt-unemployment-title = Dias de desemprego no OPT
common-tool-opt-unemployment-summary = Conte os dias de desemprego que você já usou e os que ainda restam no OPT ou no STEM OPT.
common-tool-deadlines-title = Calculadora de prazos
common-tool-deadlines-summary = Prazos para informar, períodos de tolerância, prazos para pedir o OPT e relatórios do STEM, com o cálculo explicado.
common-tool-check-link-title = Este link ou e-mail é oficial?
common-tool-check-link-summary = Confira se um endereço de site ou o remetente de um e-mail é oficial antes de entrar na sua conta ou pagar.

## Quem cuida do quê: os órgãos aos quais o aplicativo envia as pessoas.

common-agency-sevp = Programa de Estudantes e Visitantes de Intercâmbio (SEVP), parte do ICE
common-agency-ice-ero = Operações de Fiscalização e Remoção do ICE (ERO)
common-agency-uscis = Serviço de Cidadania e Imigração dos EUA (USCIS)
common-agency-eoir = Tribunal de imigração (EOIR), Departamento de Justiça
common-agency-cbp = Agência de Alfândega e Proteção de Fronteiras dos EUA (CBP)
common-agency-state-department = Departamento de Estado dos EUA
common-agency-school = O DSO da sua escola (funcionário designado pela escola)
common-agency-irs = Receita Federal dos EUA (IRS)
common-agency-legal-help = Um advogado de imigração ou um representante credenciado
# Textos dos links oficiais (OfficialLink em routing/outcome.rs), mostrados pelos pacotes find e portal.
common-link-sevp-portal = SEVP Portal ({ -fact-sevp-portal-address })
common-link-study-in-the-states = Study in the States (ajuda do DHS para estudantes e escolas, em inglês)
common-link-ice-check-in = Check-in e atualização de endereço no ICE ({ -fact-ice-check-in-address })
common-link-ice-change-of-address = Mudança de endereço on-line no ICE
common-link-eoir-respondent-access = EOIR Respondent Access (enviar o Formulário EOIR-33 on-line)
common-link-eoir = Tribunal de imigração (EOIR), Departamento de Justiça
common-link-uscis = USCIS ({ -fact-uscis-host })
common-link-uscis-address-change = Mudança de endereço no USCIS (Formulário AR-11)
common-link-ice-bonds = Fianças do ICE e CeBONDS
common-link-ebonds = eBONDS (somente empresas de fiança)
common-link-locator = Localizador de detidos do ICE ({ -fact-detainee-locator-host })
common-link-fmj-fee = Pagamento da taxa I-901 do SEVIS ({ -fact-i901-fee-host })
common-link-ice-i901 = ICE: sobre a taxa I-901 do SEVIS
common-link-ice-i17 = ICE: certificação de escolas (Formulário I-17)
common-link-cbp-i94 = Site do I-94 da CBP ({ -fact-cbp-i94-host })
common-link-ice-home = ICE ({ -fact-ice-host })
common-link-e-verify = E-Verify (o empregador precisa estar inscrito)
common-link-state-visas = Departamento de Estado: vistos dos EUA (Formulário DS-160, entrevistas, embaixadas)
common-link-state-exchange-visitors = Departamento de Estado: programa de visitantes de intercâmbio J-1
common-link-eoir-pro-bono = Tribunal de imigração (EOIR): lista de prestadores de serviços jurídicos gratuitos
