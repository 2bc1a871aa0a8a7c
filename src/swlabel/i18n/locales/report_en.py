"""English messages of the Word dossier, the bundle for the toetser and ``--for toetser``
(``swlabel report --format docx``, ``--bundle``, ``--for``)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- the command line ----------------------------------------------------------------
    "cli.opt.reference_docx": (
        "The organisation's own Word file (.docx) with its house style: its styles, header, "
        "footer and logo are used, its content is not. Only with --format docx."
    ),
    "cli.opt.bundle": (
        "Make one zip file for the toetser: the HTML dossier with every document of the "
        "repository it cites; the dossier's links point to the documents inside the zip."
    ),
    "cli.opt.for": (
        "Who the dossier is for: organisatie (everything, the default) or toetser (without "
        "file paths, rule codes and the technical meldingen SWL1xx, SWL2xx and SWL5xx)."
    ),
    # --- the Word dossier ----------------------------------------------------------------
    "docx.not_stdout": "a Word dossier is a file; give --output dossier.docx (not '-')",
    "docx.page": "Page",
    "docx.toc_placeholder": (
        "The table of contents appears when Word updates the fields (Word asks when the file "
        "is opened; otherwise right-click here and choose 'Update field')."
    ),
    "report.level": "Level",
    "docx.reference_only_docx": "--reference-docx goes with --format docx",
    "docx.reference_unreadable": "cannot read the Word file {path}: {reason}",
    "docx.reference_refused": (
        "{path} is not a Word document swlabel can read ({detail}); give a .docx file saved by Word"
    ),
    "docx.refused.not_office": "it is not a Word or other Office file",
    "docx.refused.damaged": "the file is damaged or incomplete",
    "docx.refused.excel": "it is an Excel workbook",
    "docx.refused.powerpoint": "it is a PowerPoint presentation",
    "docx.refused.word_other": "it is a Word template or a Word file with macros",
    # --- the bundle ----------------------------------------------------------------------
    "bundle.not_with_format": "--bundle always makes an HTML dossier in a zip; leave out --format",
    "bundle.not_with_output": "--bundle and --output do not go together; --bundle names the zip file",
    "bundle.not_stdout": "--bundle writes a zip file, not to standard output ('-')",
    "bundle.written.one": "Dossier and {count} document written to {path}",
    "bundle.written.many": "Dossier and {count} documents written to {path}",
    "bundle.index_name": "contents.txt",
    "bundle.index_title": "Quality dossier {organisation}: contents of this zip file",
    "bundle.index_dossier": "The dossier: {name} (open it in a browser)",
    "bundle.index_documents": "Documents in this zip file:",
    "bundle.index_web": "Documents on the web (not in this zip file):",
    "bundle.index_missing": "Documents that are not in this zip file:",
    "bundle.missing.missing": "not found in the repository",
    "bundle.missing.outside": "outside the repository",
    "bundle.missing.link_outside": "a link to outside the repository",
    "bundle.missing.not_a_file": "not a regular file",
    "bundle.missing.too_large": "larger than {limit} MiB",
    "bundle.missing.unreadable": "not readable ({reason})",
    "bundle.missing.bsn": "its path holds a BSN or a control character",
    "bundle.missing.bsn_inside": "the document holds a BSN (see swlabel check); take the number out and make the bundle again",
    "bundle.missing.reserved": "the zip file uses the name for the dossier or the contents list",
    "bundle.none": "(none)",
}
