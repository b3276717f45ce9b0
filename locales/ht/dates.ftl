# dates: dat ekri an mo, sou tout paj ("dènye verifikasyon" gid yo, dat limit).

dates-date-long = { $day } { $month } { $year }
dates-date-long-with-weekday = { $weekday } { $date }
dates-date-time = { $date }, { $time }
# Lang ak rejyon kote moun konnen non kout zòn lè yo (EST, PDT), pou Intl navigatè a.
dates-intl_locale = ht-US
dates-month-1 = janvye
dates-month-2 = fevriye
dates-month-3 = mas
dates-month-4 = avril
dates-month-5 = me
dates-month-6 = jen
dates-month-7 = jiyè
dates-month-8 = out
dates-month-9 = septanm
dates-month-10 = oktòb
dates-month-11 = novanm
dates-month-12 = desanm
dates-weekday-monday = lendi
dates-weekday-tuesday = madi
dates-weekday-wednesday = mèkredi
dates-weekday-thursday = jedi
dates-weekday-friday = vandredi
dates-weekday-saturday = samdi
dates-weekday-sunday = dimanch
