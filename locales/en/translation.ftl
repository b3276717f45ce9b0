# translation: whether a person has checked this language's words, and what pages in it say
# until one has (issue 15). English is the source every other language is translated from.

# `yes` once a person who reads the language well has checked every file of this folder
# against the English; `no` until then.
translation-reviewed = yes
translation-unreviewed = This translation has not been checked by a person yet.
translation-read_in_english = Read this page in English
# Offered on a page visited without a language in its address, when the browser prefers
# this language (never a redirect).
translation-suggestion = This page is also in English.
