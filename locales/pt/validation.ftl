# Mensagens sobre o que as pessoas digitam: identificadores, datas e os formulários do
# portal. O servidor responde seus 422 com as mesmas mensagens, no idioma da solicitação.
# `{ $label }` é o que uma data é (uma mensagem `validation-date-label-…` ou um rótulo da
# própria página), em minúsculas e sem artigo: em português, todas começam com «data».

## Identificadores.

validation-a-number-missing = Digite um { -a-number } (número de registro de estrangeiro)
validation-a-number-format = O { -a-number } deve ser a letra A e de { -fact-a-number-min-digits } a { -fact-a-number-digits } números, como A012345678
validation-cip-code-missing = Digite um código CIP
validation-cip-code-format = O código CIP deve ter { -fact-cip-code-digits-before-point } números, um ponto e { -fact-cip-code-digits-after-point } números, como 11.0701
validation-ein-missing = Digite um Número de Identificação do Empregador (EIN)
validation-ein-format = O EIN deve ter { -fact-ein-digits } números, como 12-3456789
validation-email-missing = Digite um endereço de e-mail
validation-email-format = Digite um endereço de e-mail no formato correto, como nome@example.com
validation-email-too-long = O endereço de e-mail deve ter { -fact-email-max-length } caracteres ou menos
validation-i94-missing = Digite um número de { -i-94 }
validation-i94-format = O número de { -i-94 } deve ter { -fact-i94-number-digits } números, ou { -fact-i94-number-digits-before-letter } números, uma letra e um número, como 123456789A1
validation-password-missing = Digite uma senha
validation-password-too-short = A senha deve ter 12 caracteres ou mais
validation-password-too-long = A senha deve ter 128 caracteres ou menos
validation-password-does-not-match = As senhas devem ser iguais
validation-last-name-missing = Digite um sobrenome
validation-last-name-too-long = O sobrenome deve ter { -fact-sevis-last-name-max-length } caracteres ou menos
validation-last-name-has-digits = O sobrenome não deve conter números
validation-first-name-too-long = O nome deve ter { -fact-sevis-first-name-max-length } caracteres ou menos
validation-first-name-has-digits = O nome não deve conter números
validation-phone-missing = Digite um número de telefone
validation-phone-format = Digite um número de telefone dos EUA com { -fact-phone-number-digits } números, como { -sample-phone }
validation-phone-extension = O ramal deve ter de { -fact-phone-extension-min-digits } a { -fact-phone-extension-max-digits } números
validation-receipt-number-missing = Digite um número de recibo
validation-receipt-number-format = O número de recibo deve ter { -fact-receipt-number-letters } letras e { -fact-receipt-number-digits } números, como EAC2190000001
validation-receipt-number-unknown-office = O número de recibo deve começar com as letras de um escritório do USCIS, como EAC, WAC, LIN, SRC, NBC, MSC ou IOE
validation-school-code-missing = Digite um código de escola
validation-school-code-format = O código de escola deve ter { -fact-school-code-letters } letras, depois 214F, depois { -fact-school-code-digits } números, como BOS214F00123000
validation-sevis-id-missing = Digite um { -sevis-id }
validation-sevis-id-format = O { -sevis-id } deve começar com N e ter { -fact-sevis-id-digits } números, como N0012345678
validation-subject-id-missing = Digite seu { -subject-id } do Formulário I-385
validation-subject-id-format = O { -subject-id } deve ter só letras e números, até 20 caracteres
validation-state-missing = Digite um estado ou território
validation-state-unknown = Digite um estado ou território dos EUA com duas letras, como NJ, ou o nome completo
validation-zip-missing = Digite um CEP (ZIP code)
validation-zip-format = O CEP deve ter { -fact-zip-code-digits } números, como 20500, ou { -fact-zip-plus-4-digits } números, como 20500-0001
validation-reference-number-missing = Digite um número de referência
validation-reference-number-format = O número de referência deve ter 10 letras e números, como K7QM-3XHP-2R

## Um endereço nos EUA.

validation-address-line1-missing = Digite a linha 1 do endereço, normalmente o número do prédio e a rua
validation-address-line1-too-long = A linha 1 do endereço deve ter { -fact-address-line-max-length } caracteres ou menos
validation-address-line2-too-long = A linha 2 do endereço deve ter { -fact-address-line-max-length } caracteres ou menos
validation-address-city-missing = Digite a cidade
validation-address-city-too-long = A cidade deve ter { -fact-address-city-max-length } caracteres ou menos

## Uma data digitada em três caixas: o que está errado nela.

validation-date-missing = Digite a { $label }
validation-date-missing-day = A { $label } deve incluir o dia
validation-date-missing-month = A { $label } deve incluir o mês
validation-date-missing-year = A { $label } deve incluir o ano
validation-date-missing-day-month = A { $label } deve incluir o dia e o mês
validation-date-missing-day-year = A { $label } deve incluir o dia e o ano
validation-date-missing-month-year = A { $label } deve incluir o mês e o ano
validation-date-year-four-digits = O ano deve ter 4 números
validation-date-not-real = A { $label } deve ser uma data que existe
validation-date-in-the-past = A { $label } deve estar no passado
validation-date-today-or-past = A { $label } deve ser hoje ou no passado
validation-date-today-or-future = A { $label } deve ser hoje ou no futuro
# `{ $other }`: o rótulo da data anterior; `{ $date }`: essa data como MM/DD/AAAA.
validation-date-on-or-after = A { $label } deve ser igual ou posterior à { $other } ({ $date })
validation-date-within-years = A { $label } deve estar dentro { $years ->
    [one] do último ano
   *[other] dos últimos { $years } anos
}

# O filtro do registro de auditoria: um dia digitado em uma caixa como ano-mês-dia.
# `{ $example }`: hoje, escrito assim.
validation-date-iso = Digite a { $label } como ano, mês e dia separados por hífens, por exemplo { $example }

## O que são as datas do portal.

validation-date-label-birth = data de nascimento
validation-date-label-start = data de início
validation-date-label-end = data de término
validation-date-label-moved-on = data da mudança
validation-date-label-audit-from = data “De”
validation-date-label-audit-to = data “Até”

## Datas por extenso: `1 de dezembro de 2026`, `terça-feira, 1 de dezembro de 2026`.


## Feriados federais dos EUA (5 U.S.C. 6103).

validation-holiday-new-years-day = Dia de Ano-Novo
validation-holiday-martin-luther-king-jr-day = Aniversário de Martin Luther King Jr.
validation-holiday-washingtons-birthday = Aniversário de Washington
validation-holiday-memorial-day = Dia da Memória (Memorial Day)
validation-holiday-juneteenth = Dia Nacional da Independência de Juneteenth
validation-holiday-independence-day = Dia da Independência
validation-holiday-labor-day = Dia do Trabalho
validation-holiday-columbus-day = Dia de Colombo
validation-holiday-veterans-day = Dia dos Veteranos
validation-holiday-thanksgiving-day = Dia de Ação de Graças
validation-holiday-christmas-day = Natal

## Os formulários do portal.

validation-sign-in-password-missing = Digite sua senha
validation-activation-link-incomplete = O link está incompleto. Abra de novo o link do seu e-mail.
validation-employer-name-missing = Digite o nome do empregador
validation-employer-name-too-long = O nome do empregador deve ter { -fact-opt-employer-name-max-length } caracteres ou menos
validation-hours-missing = Selecione se o trabalho é de tempo integral ou de meio período
validation-job-title-missing = Digite o cargo
validation-job-title-too-long = O cargo deve ter { -fact-opt-job-title-max-length } caracteres ou menos
validation-supervisor-name-missing = Digite o nome do supervisor
validation-supervisor-name-too-long = O nome do supervisor deve ter 121 caracteres ou menos
validation-relation-to-study-missing = Explique como o trabalho se relaciona com a área de estudo
validation-relation-to-study-too-long = A explicação de como o trabalho se relaciona com a área de estudo deve ter { -fact-opt-relation-to-study-max-length } caracteres ou menos
validation-stem-needs-dso = No STEM OPT, você não pode adicionar um novo empregador nem alterar uma data de início por conta própria. Fale com seu DSO: o DSO deve revisar primeiro seu Formulário I-983.
validation-report-employer-missing = Selecione se seu empregador ainda é o que está no seu registro
validation-report-address-missing = Selecione se seu endereço ainda é o que está no seu registro
validation-report-status-missing = Selecione se você tem emprego
validation-court-case-missing = Selecione se você tem um processo no tribunal de imigração
validation-slot-missing = Selecione uma data e um horário
validation-m1-no-unemployment-allowance = O treinamento prático M-1 não tem dias de desemprego permitidos: os { -fact-opt-unemployment-days } dias são uma regra do OPT F-1. Pergunte ao seu DSO o que se aplica ao seu caso.
