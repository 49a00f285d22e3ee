"""Stage `events`: not built yet; fills nothing."""


def run(brief, options):
    return None
