# dates: dates written in words, shown on every page (guides' "last checked", deadlines).

dates-date-long = { $day } { $month } { $year }
dates-date-long-with-weekday = { $weekday } { $date }
dates-date-time = { $date }, { $time }
# The locale whose short time-zone names people here know (EST, PDT), for the browser’s Intl.
dates-intl_locale = en-US
dates-month-1 = January
dates-month-2 = February
dates-month-3 = March
dates-month-4 = April
dates-month-5 = May
dates-month-6 = June
dates-month-7 = July
dates-month-8 = August
dates-month-9 = September
dates-month-10 = October
dates-month-11 = November
dates-month-12 = December
dates-weekday-monday = Monday
dates-weekday-tuesday = Tuesday
dates-weekday-wednesday = Wednesday
dates-weekday-thursday = Thursday
dates-weekday-friday = Friday
dates-weekday-saturday = Saturday
dates-weekday-sunday = Sunday
