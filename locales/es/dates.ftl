# dates: fechas escritas con palabras, en todas las páginas ("última revisión" de las guías, plazos).

dates-date-long = { $day } de { $month } de { $year }
dates-date-long-with-weekday = { $weekday } { $date }
dates-date-time = { $date }, { $time }
# La configuración regional cuyos nombres cortos de zona horaria conoce la gente aquí, para Intl del navegador.
dates-intl_locale = es-US
dates-month-1 = enero
dates-month-2 = febrero
dates-month-3 = marzo
dates-month-4 = abril
dates-month-5 = mayo
dates-month-6 = junio
dates-month-7 = julio
dates-month-8 = agosto
dates-month-9 = septiembre
dates-month-10 = octubre
dates-month-11 = noviembre
dates-month-12 = diciembre
dates-weekday-monday = lunes
dates-weekday-tuesday = martes
dates-weekday-wednesday = miércoles
dates-weekday-thursday = jueves
dates-weekday-friday = viernes
dates-weekday-saturday = sábado
dates-weekday-sunday = domingo
