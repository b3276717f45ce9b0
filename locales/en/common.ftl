# Words shared by every part of the app and the server.
