### As ferramentas: a lista, “Que número é este?”, o verificador de links, os dias de
### desemprego do OPT e a calculadora de prazos.
### Ids que terminam com um nome de campo (tools-needs_script) são lidos pelo Rust como uma struct (src/text/tools.rs).

## O que todas as ferramentas têm em comum
tools-needs_script = Esta ferramenta funciona no seu navegador e precisa de JavaScript, que está desativado ou não carregou. O guia explica as mesmas regras:
tools-needs_script_guide = Leia o guia
tools-private_hint = Nada do que você digita sai do seu dispositivo.
tools-check = Verificar
tools-calculate = Calcular

## Que número é este?
tools-identify_label = Número ou código
tools-identify_hint = Por exemplo N0012345678, A-123-456-789 ou EAC2190000001.
tools-identify_missing = Digite um número ou código
tools-identify_found = Pode ser
tools-identify_none_title = Não reconhecemos este número
tools-identify_none = Compare com o seu aviso. Reconhecemos SEVIS ID, códigos de escola do SEVP, A-Number, números de recibo do USCIS, números do I-94, EIN e códigos CIP.
tools-written_as = Como se escreve
tools-used_by = Usado por
tools-often_confused = Confusão comum

## Este link ou e-mail é oficial?
tools-link_label = Endereço da web ou remetente de e-mail
tools-link_hint = Cole o link ou o endereço de e-mail do remetente.
tools-link_unreadable = Digite um endereço da web, como { -fact-ice-url }, ou um endereço de e-mail, como nome@example.com
tools-link_official = Este é um endereço oficial
tools-link_belongs_to = Pertence a:
tools-link_official_insecure = Este é um site oficial, mas o link não é seguro
tools-link_official_insecure_body = O link começa com http:// em vez de https://, então o que você vê ou envia pode ser lido ou alterado no caminho. Use o endereço seguro:
tools-link_government = Este é um endereço do governo dos EUA, mas não é um serviço que conhecemos
tools-link_government_body = Só órgãos do governo dos EUA podem registrar endereços que terminam em .gov, mas este não está entre os serviços que nossas fontes listam, então não podemos dizer para que ele serve. Nenhuma página oficial descreve o que eservice.ice.gov hospeda. Acesse os serviços pelos endereços oficiais dos nossos guias.
tools-link_not_official = Este não é um endereço oficial
tools-link_not_official_advice = Não faça login, não pague e não envie documentos por ele.
tools-link_goes_to = Na verdade, ele leva a:
tools-link_sender_domain = O domínio do remetente é:

## Dias de desemprego do OPT
tools-opt_kind_legend = Qual treinamento prático você está fazendo?
tools-opt_kind-post-completion = OPT F-1 após a conclusão do curso ({ -fact-opt-unemployment-days } dias)
tools-opt_kind-stem = Extensão STEM OPT ({ -fact-stem-opt-unemployment-days } dias no total)
tools-opt_kind-m1 = Treinamento prático M-1
tools-m1_ask_dso = O treinamento prático M-1 não tem dias de desemprego permitidos para contar: os limites desta ferramenta são regras do OPT F-1. Pergunte ao seu DSO o que o tempo sem emprego significa para você.
tools-opt_kind_missing = Selecione qual treinamento prático você está fazendo
tools-counting_rule = Contamos cada dia desde a data de início do seu EAD até hoje, incluindo os dois dias.
tools-ead_start = Data de início do EAD
tools-ead_start_hint = A data “valid from” da sua autorização de trabalho (EAD). No STEM OPT, a data de início do seu primeiro EAD, o do OPT após a conclusão do curso: os { -fact-stem-opt-unemployment-days } dias contam a partir dela.
tools-jobs_heading = Empregos
tools-jobs_hint = Se você não teve emprego desde a data de início do seu EAD, deixe as datas do emprego em branco. No OPT, um emprego de menos de { -fact-opt-minimum-weekly-hours } horas por semana não conta como emprego: os dias cobertos só por um emprego assim contam como desemprego. Marque a caixa embaixo de um emprego assim.
tools-job-heading = Emprego { $number }
tools-job_start = Data de início
tools-job_end = Data de término (opcional)
tools-job_end_hint = Deixe em branco se você ainda trabalha lá.
tools-job_under_20_hours = Este emprego tem menos de { -fact-opt-minimum-weekly-hours } horas por semana
tools-add_job = Adicionar um emprego
tools-remove_job = Remover este emprego
tools-counted-from-to = Contados de { $from } até hoje, { $to }, incluindo os dois dias.
tools-stretches = Dias sem emprego
tools-stretch = { $from } – { $to } ({ $days ->
        [one] { $days } dia
       *[other] { $days } dias
    })
tools-runs_out = Se você continuar sem emprego, seus dias acabam em
tools-over_limit = Você passou do limite. Fale hoje com seu DSO.
tools-not_started = Seu EAD ainda não começou, então nenhum dia foi usado.
tools-unemployment_note = Um emprego que você não informou e empregos de menos de { -fact-opt-minimum-weekly-hours } horas por semana contam como desemprego. Esta contagem só é confiável se os empregos que você digitar estiverem certos; seu DSO tem o registro oficial.

## Calculadora de prazos
tools-calculator_legend = O que você quer calcular?
tools-calculator-reporting = Um prazo para informar uma alteração
tools-calculator-grace = O fim de um período de tolerância
tools-calculator-opt-window = Quando pedir o OPT
tools-calculator-stem-window = Quando pedir o STEM OPT
tools-calculator-stem-reports = Relatórios do STEM OPT
tools-calculator-recertification = Recertificação do SEVP (escolas)
tools-calculator_missing = Selecione o que você quer calcular
tools-rule_legend = O que precisa ser informado?
tools-rule_missing = Selecione o que precisa ser informado
tools-changed_on = Data da alteração
tools-grace_legend = Como terminou seu programa ou seu OPT?
tools-grace_case-f1 = F-1: concluí meu programa ou meu OPT
tools-grace_case-m1 = M-1: concluí meu programa
tools-grace_case-withdrawal = Meu DSO autorizou minha saída do programa
tools-grace_case-failed = Não mantive meu status
tools-grace_missing = Selecione como terminou seu programa ou seu OPT
tools-ended_on = Data em que terminou
tools-program_end = Data de término do programa
tools-recommendation = Data da recomendação do DSO (opcional)
tools-recommendation_hint = A data no seu novo Formulário I-20. Deixe em branco se você ainda não o tem.
tools-opt_ead_end = Data de término do seu EAD de OPT atual
tools-stem_start = Data de início do STEM OPT
tools-certification_expires = Data de vencimento da certificação
tools-due = Prazo final
tools-how_worked_out = Como calculamos
tools-counted-from-day-after = Contado a partir do dia seguinte a { $date }: { $counting }.
tools-not_counted = Não contados:
tools-weekend = fim de semana
tools-grace_last_day = Seu período de tolerância termina em
tools-grace-days = { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
tools-no_grace = Não há período de tolerância depois de não manter o status. Fale hoje com seu DSO e com um advogado.
tools-window_opens = Você pode fazer o pedido a partir de
tools-window_closes = até
tools-closed_by_recommendation = O prazo fecha { -fact-opt-filing-days-after-recommendation } dias (STEM: { -fact-stem-opt-filing-days-after-recommendation } dias) depois da recomendação do DSO.
tools-window-not-yet = Ainda não abriu. Dias até abrir: { $days }
tools-window-open = Aberto agora. Dias restantes: { $days }
tools-window_closed = Este prazo já fechou. Fale com seu DSO.
tools-window_impossible = Nenhum dia atende a todas as regras: a data da recomendação está fora do prazo para o pedido. Fale com seu DSO.
tools-submit_by = enviar até
tools-reminder = Lembrete do Portal
tools-notice_on = O SEVIS envia o aviso de recertificação em
tools-expires_on = A certificação vence em
tools-next_expiry = Depois da recertificação, ela vale até
tools-add_to_calendar = Adicionar ao calendário (.ics)
tools-check_with_dso = Vem de orientações de escolas, não de uma página oficial: confirme com o seu DSO.

## O que é uma data, nas mensagens de erro (minúsculas, sem artigo: veja validation.ftl)
tools-date-label-ead-start = data de início do EAD
tools-date-label-job-start = data de início do emprego
tools-date-label-job-end = data de término do emprego
tools-date-label-changed-on = data da alteração
tools-date-label-ended-on = data em que terminou
tools-date-label-program-end = data de término do programa
tools-date-label-recommendation = data da recomendação
tools-date-label-opt-ead-end = data de término do EAD
tools-date-label-stem-start = data de início do STEM OPT
tools-date-label-certification-expires = data de vencimento da certificação
