"""`make bench`: the site's speed and size against plain Material, measured in one run (see __main__)."""
