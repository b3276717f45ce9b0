# Palabras que comparten todas las partes de la aplicación y el servidor.
