"""Analyses of the gdrkit tables: keyword in context, keyness, text reuse, problem word
clouds, the panel. Submodules are imported on use; nothing is imported here."""
