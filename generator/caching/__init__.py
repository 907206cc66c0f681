"""Build speed: every cache the generator keeps, and the second process of a build.

Nothing in the pipeline's stages imports this package. A stage that can reuse
work takes a ``remember`` function or a ``Memo`` (``generator/linking/remember.py``);
the faces choose what to hand it: ``plugin.py`` through :class:`BuildCaches`
(``build_caches.py``, the one interface, called from MkDocs' events), ``cli.py``
through ``check_briefs`` and a ``RebuildCache`` for ``briefs render --watch``.
Every cache only saves work: the site built with it is the site built without it.

Each file on disk is one entry written and read by ``store.py``: a header
naming the format and the code and versions that wrote it, an HMAC keyed
outside ``.cache/`` (``NEWSBRIEFS_CACHE_KEY``, else the user's
``~/.local/state/newsbriefs/cache.key``), then the pickled value. An entry
that fails any check is a miss and is deleted; a folder that cannot be used
is told once (``Trouble``) and the build goes on without it. A folder whose
first entry read names another writer (newsbriefs, Python or a library was
upgraded) is emptied without reading the rest, so the build is a cold one. Why pickle is
kept, and what was measured, is written at the top of ``store.py``.

The caches, what each keeps, under which key, and when an entry is dropped:

``RebuildCache`` (``rebuild_cache.py``; in memory, ``mkdocs serve`` and ``briefs render --watch``)
    Keeps each brief's parsed article and sidecar (key ``("article" | "sidecar", path)``,
    valid while the file's SHA-256 is the same; a file whose device, inode, size,
    modification and change times are those it had when last read, more than two
    seconds after it was written, is not read again), its anchored brief and what keeps
    it from publication (``("brief", stem)``, valid while the article, validated sidecar,
    path and settings are equal), its JSON-LD (``("jsonld", stem)``) and its rendered
    files (``(BRIEF_FILES, stem)``), both valid while ``brief_inputs``
    (``rendering/brief_page.py``) is equal. An entry is replaced when its inputs differ,
    and dropped when a round no longer asks for it (a brief deleted or renamed).

``KeptBriefs`` (``kept_briefs.py``; ``.cache/briefs/corpus/<stem>.pickle``, one-off builds)
    The same entries, one file per brief, read the first time the build asks for
    one of the brief's entries and written once its rendered files are made. A
    file is dropped when the build no longer sees the brief; an entry is made again
    when its inputs differ.

``RenderCache`` (``render_cache.py``; ``.cache/briefs/render/<digest>.pickle``)
    What ``Page.render`` sets on a page (HTML, table of contents, title, anchors)
    and the messages it logged. Key: a digest of the library versions, the Markdown
    extensions and their settings, the engine, the page's source, destination,
    address and Markdown; used only when every link look-up the conversion made
    finds the same file. Off when an extension reads other files (snippets,
    include, macros). Entries this build did not use are dropped after it.

``set_aside`` (``html_blocks.py``; not a cache)
    While a generated page converts, its runs of whole HTML block elements are
    replaced by comment placeholders and put back in the HTML after, so that
    Python-Markdown does not parse what it would pass through unchanged; their ids
    join the page's anchors. A placeholder that does not come back exactly once
    has the page converted again as it is. ``render_cache: false`` turns it off
    with the caches.

``SearchEntryCache`` (``render_cache.py``; ``.cache/briefs/search/<digest>.pickle``)
    Material's search entries for a page. Key: a digest of the versions, the
    search settings, the page's address, title, HTML, table of contents and front
    matter. Entries not used are dropped after the build.

``PageOutputCache`` (``page_output_cache.py``, ``template_inputs.py``; ``.cache/briefs/output/``)
    A page's final HTML. Key: a digest of the installed versions, the Jinja
    environment, the configuration, the navigation and the page's whole template
    context; used only while every template it loaded has the same source and the
    build-varying values those templates read (build date, page list) are equal.
    Not kept by a cold build in two processes. Entries not used are dropped after
    the build.

``KeptListings`` (``kept_listings.py``; ``.cache/briefs/listings/<digest>.pickle``, one-off builds)
    Each part of a listing page (a card list, an actor's header): its HTML. Key: a
    digest of the part's place (page, template, its turn on the page), the values it
    shows (pickled without a memo, so shared and equal objects digest alike) and the
    templates' digest and language. A preview keeps the same parts in its
    ``RebuildCache``. Entries this build did not use are dropped after it.

``KeptImages`` (``share_images.py``; ``.cache/briefs/share/<digest>.pickle``, builds and ``briefs render``)
    Each share image's PNG. Key: a digest of its card as plain data (text, verdicts,
    colours), under a context of the shipped fonts' bytes; its header names only what
    the pixels depend on (the drawing code, Pillow and its text libraries, zlib,
    Python), so an upgrade of anything else keeps the images. Entries this build did
    not use are dropped after it.

``KeptFiles`` (``site_files.py``; ``.cache/briefs/files/<sha256>``, builds)
    Every file of the site that the plugin makes and MkDocs only copies (share images,
    embed pages, oEmbed, JSON-LD and open data files), and, in a one-off build, every
    page's final HTML (handed to MkDocs empty, so that it writes nothing), as raw
    bytes under their SHA-256, hard-linked into the site. Not signed: a copy is
    linked only when it is a regular file holding exactly the bytes this build made,
    read back and compared; else it is written again. Copies this build did not
    place are dropped after it, unless they are linked from elsewhere (the site,
    where the second process placed them).

``check_cache.py`` (``.cache/briefs/check.pickle``, ``briefs check``)
    What checking each brief's own files found. Key: the digest of both files'
    names and bytes, under a context of the code, Python and settings; the whole
    file is rewritten when a brief changed, appeared or went.

``ReusedTemplates`` (``compiled_templates.py``; in memory, ``mkdocs serve``)
    Jinja's compiled templates by name and source checksum, for the whole preview.

``SecondProcess``, ``TwoProcessBuild``, ``HandedOver`` (``second_process.py``, ``two_process_build.py``)
    Not a cache: a cold one-off build forks a process that converts and renders
    pages from the last one backwards, through the render and search caches and
    a private temporary folder of verified entries, removed at the end of the build.
    The share images are placed in the site the same way, the last one first, by a
    process forked once the pages are read (a warm build, whose pages this process
    builds meanwhile) or once they are built (a cold build).

``OldSiteRemoval`` (``old_site.py``; ``.cache/briefs/old-site/``)
    Not a cache: before MkDocs empties the site folder, a one-off build that may
    fork renames its entries aside and a forked process deletes them while the
    briefs are read. The build waits for it before pruning the kept site files.

``cycle_collection.py``
    Not a cache: when Python's cycle collector runs. A one-off build pauses it while
    the briefs are read, and freezes what it holds then, once the pages are listed and
    once it has ended; a preview pauses it during a full round, freezes what it holds at
    the round's end and collects once it is idle, after MkDocs has shown the round.

The private internals of MkDocs, ProperDocs and Material that these rely on
are named in ``engine_internals.py``; ``folders.py`` names every folder.
"""
