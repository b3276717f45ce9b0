# “Que número é este?” e o verificador de links: as palavras que o crate de domínio lhes dá.

## Que número é este? Cada identificador: seu nome, para que serve e com o que costuma ser confundido.

checker-identify-sevis-id-name = { -sevis-id }
checker-identify-sevis-id-used-for = Identifica seu registro F, M ou J no SEVIS. Você precisa dele para o SEVP Portal, para a taxa I-901 do SEVIS e quando o funcionário da sua escola pedir. Fica no alto do Formulário I-20 ou DS-2019.
checker-identify-sevis-id-not-for = Não é um número de recibo do USCIS: não serve para consultar um processo no USCIS.
checker-identify-school-code-name = Código de escola do SEVP
checker-identify-school-code-used-for = Identifica uma escola e um campus certificados pelo SEVP no SEVIS. Vem impresso no Formulário I-20.
checker-identify-school-code-not-for = Identifica a escola, não um estudante.
checker-identify-a-number-name = { -a-number } (Alien Registration Number, número de registro de estrangeiro)
checker-identify-a-number-used-for = Seu número de processo de imigração, usado pelo USCIS, pelo ICE e pelo tribunal de imigração. A linha automática do tribunal ({ -fact-eoir-hotline-phone }) e a consulta on-line do processo pedem os { -fact-a-number-digits } números sem o A.
checker-identify-a-number-not-for = Não é um número de recibo: a consulta de processo do USCIS precisa do número de recibo que está no seu aviso.
checker-identify-receipt-number-name = Número de recibo do USCIS (receipt number)
checker-identify-receipt-number-used-for = Acompanha um pedido ou uma petição no USCIS. Use-o na consulta on-line de processos do USCIS.
checker-identify-receipt-number-not-for = O tribunal de imigração não o usa: a consulta de processo no tribunal precisa do seu { -a-number }.
checker-identify-i94-number-name = Número do registro de admissão { -i-94 }
checker-identify-i94-number-used-for = Seu registro de entrada e saída da CBP. Mostra como foi sua admissão e até quando você pode ficar (uma data ou “D/S”).
checker-identify-i94-number-not-for = Não é o seu visto: a data de vencimento do visto não diz quanto tempo você pode ficar; o { -i-94 } diz.
checker-identify-ein-name = Número de Identificação do Empregador (EIN)
checker-identify-ein-used-for = Identifica um empregador para fins de impostos. Estudantes em OPT informam o EIN do empregador quando informam o emprego.
checker-identify-ein-not-for = Pertence ao empregador, não a você; não é um número de Seguro Social (Social Security).
checker-identify-cip-code-name = Código CIP (área de estudo)
checker-identify-cip-code-used-for = O código de uma área de estudo no Formulário I-20. O STEM OPT depende de o código do curso estar na lista STEM do DHS.
checker-identify-cip-code-not-for = Não é um código de escola nem um { -sevis-id }.

## Este link ou e-mail é oficial? Os serviços oficiais a que um link ou remetente pode pertencer.

checker-service-sevp-portal = SEVP Portal (estudantes em OPT)
checker-service-ice = U.S. Immigration and Customs Enforcement (ICE)
checker-service-ice-change-of-address = Mudança de endereço on-line do ICE
checker-service-ebonds = eBONDS (só para empresas de fiança)
checker-service-detainee-locator = Localizador on-line de detidos do ICE (Online Detainee Locator)
checker-service-i901-fee = Pagamento da taxa I-901 do SEVIS
checker-service-study-in-the-states = Study in the States (DHS)
checker-service-cbp-i94 = Site do { -i-94 } da CBP
checker-service-uscis = U.S. Citizenship and Immigration Services (USCIS)
checker-service-justice-department = Departamento de Justiça dos EUA (inclui o tribunal de imigração, EOIR)
checker-service-eoir-respondent-access = EOIR Respondent Access (tribunal de imigração)
checker-service-dhs = U.S. Department of Homeland Security (DHS)
checker-service-state-department-visas = Departamento de Estado dos EUA: vistos
checker-service-exchange-visitor-program = Departamento de Estado: programa de intercâmbio J-1 (exchange visitor)
checker-service-e-verify = E-Verify (empregadores verificam quem pode trabalhar)
checker-service-sevp-portal-email = E-mail do SEVP Portal (o único remetente das mensagens do Portal)
checker-service-sevp-response-center-email = E-mail do SEVP Response Center (central de atendimento do SEVP)

## Por que um link ou remetente pode só parecer oficial. O marcador real é o endereço verdadeiro.

checker-reason-plain-http = Começa com http:// em vez de https://. Sites oficiais usam https://: digite o endereço por conta própria.
checker-reason-punycode = Contém caracteres internacionais (mostrados como “xn--”) que podem parecer letras comuns.
checker-reason-look-alike = Está escrito quase igual a { $real }, mas é um endereço diferente.
checker-reason-extra-words = Usa um nome verdadeiro com palavras a mais em volta. O site verdadeiro é { $real }.
checker-reason-wrong-top-level-domain = Tem a terminação errada. O endereço verdadeiro é { $real }.
checker-reason-hidden-host = Seu navegador ignora tudo o que vem antes do “@”: o link leva ao site que vem depois dele.
checker-reason-unknown = Não é um dos endereços oficiais que esta ferramenta conhece.
