# Las palabras propias de las calculadoras: plazos para informar (quién informa qué y en
# cuánto tiempo) y los informes de la STEM OPT. Las páginas que las rodean están en
# tools.ftl y portal.ftl.

## Plazos para informar: qué hay que hacer y quién.

calculators-rule-student-reports-change = El estudiante con OPT informa un cambio (dirección, empleador, nombre) a la escuela o en el Portal del SEVP
calculators-rule-dso-updates-sevis = El DSO actualiza el registro del estudiante en SEVIS
calculators-rule-eoir-33 = Formulario EOIR-33: nueva dirección a la corte de inmigración
calculators-rule-ar-11 = Formulario AR-11: nueva dirección a USCIS
calculators-rule-ice-address = Nueva dirección a ICE
calculators-rule-employer-reports-end = El empleador de la STEM OPT informa al DSO que el empleo terminó
calculators-rule-dso-registers-student = El DSO registra al estudiante en SEVIS después del inicio del periodo

## Cuánto tiempo da un plazo.

calculators-within-calendar-days = en un plazo de { $days ->
    [one] { $days } día
   *[other] { $days } días
}
calculators-within-working-days = en un plazo de { $days ->
    [one] { $days } día hábil
   *[other] { $days } días hábiles
}

## STEM OPT: qué hay que enviar.

calculators-stem-validation-report = Informe de validación (mes { $months })
calculators-stem-self-evaluation = Autoevaluación, Formulario I-983 (mes { $months })
calculators-stem-final-evaluation = Evaluación final, Formulario I-983

## El recuento de días sin empleo, como lo muestran la herramienta y la página del estudiante en el portal.
calculators-days-used-of = { $used ->
        [one] día usado
       *[other] días usados
    } de { $allowed }
calculators-days-left = { $left ->
        [one] día restante
       *[other] días restantes
    }
