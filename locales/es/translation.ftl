# translation: si una persona ha revisado las palabras de este idioma, y qué dicen sus
# páginas mientras tanto (issue 15).

# `yes` cuando una persona que lee bien el idioma ha revisado todos los archivos de esta
# carpeta frente al inglés; `no` hasta entonces.
translation-reviewed = no
translation-unreviewed = Esta traducción todavía no la ha revisado una persona.
translation-read_in_english = Leer esta página en inglés
# Se ofrece en una página visitada sin idioma en su dirección, cuando el navegador prefiere
# este idioma (nunca una redirección).
translation-suggestion = Esta página también está en español.
