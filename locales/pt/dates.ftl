# dates: datas escritas por extenso, em todas as páginas ("última verificação" dos guias, prazos).

dates-date-long = { $day } de { $month } de { $year }
dates-date-long-with-weekday = { $weekday }, { $date }
dates-date-time = { $date }, { $time }
# A configuração regional cujos nomes curtos de fuso horário as pessoas daqui conhecem (EST, PDT), para o Intl do navegador.
dates-intl_locale = en-US
dates-month-1 = janeiro
dates-month-2 = fevereiro
dates-month-3 = março
dates-month-4 = abril
dates-month-5 = maio
dates-month-6 = junho
dates-month-7 = julho
dates-month-8 = agosto
dates-month-9 = setembro
dates-month-10 = outubro
dates-month-11 = novembro
dates-month-12 = dezembro
dates-weekday-monday = segunda-feira
dates-weekday-tuesday = terça-feira
dates-weekday-wednesday = quarta-feira
dates-weekday-thursday = quinta-feira
dates-weekday-friday = sexta-feira
dates-weekday-saturday = sábado
dates-weekday-sunday = domingo
