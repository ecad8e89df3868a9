"""Analyses of the gdrkit tables: keyword in context, keyness, text reuse, problem word
clouds, the panel. Submodules are imported on use; nothing is imported here."""

__all__: list[str] = []  # import the submodules: gdrkit.analysis.kwic, .keyness, .reuse, .wordcloud, .panel
