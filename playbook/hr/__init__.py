"""The HR tools: the cohort report from learner records, on the command line and in the page.

One module per concern:
    records     read and check a learner record (v1 or v2), worded as the browser words it; upgrade v1
    figures     the report's figures: one pure function over records (cohort-figures.js is its twin)
    tables      the report's tables and CSV rows from the figures (cohort-tables.js is its twin)
    catalogue   what the report knows of the content: modules, quizzes, checklists, sections and links
    database    the cohort database (SQLite): its tables, writing a record, reading records back
    importer    the one way into the database, for files and for pulled statements
    report      the HTML report (templates/cohort-report.html) and the CSV
    demo        realistic invented records, to try the report
    lrs         reading statements from a learning record store (xAPI)
    statements  the course's statements → learner records
    pull        statements → the database, incrementally
    progress    a progress bar for long imports
    site        the « Rapport de cohorte » page's widget
    cli         `playbook hr …`
"""
