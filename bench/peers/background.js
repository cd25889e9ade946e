// Empty on purpose: the peers work in their content scripts alone. The worker exists because the
// launcher finds a loaded extension by its service worker.
