"""The course in the tools HR already has: an LMS through SCORM, a learning record store through xAPI.

    settings.load_settings(config_file, extra, site_url) -> LmsSettings   (off unless asked for)
    site.LmsWidgets: the SCORM launch page, the xAPI sender and consent block, for the build
    scorm.package(site, version, output, root): `make scorm`'s packages (python -m playbook.lms.scorm)

The browser side: widgets/scorm*.js, widgets/lms-state.js, widgets/xapi*.js.
"""
