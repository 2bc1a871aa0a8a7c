# Jinja's code for swlabel's report/dossier.html.j2, compiled ahead for the environment that renders it
# (swlabel.output.templating.report_environment with html). Written by
# tests/test_compiled_template.py (SWLABEL_WRITE_COMPILED=1), which holds it to the template:
# do not edit.
# ruff: noqa
# mypy: ignore-errors
# fmt: off
JINJA = '3.1.6'
SOURCE = '8e426e1cb67b8f57a33947a5c21868919a134d469914e1e082a9be73ed129854'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report/dossier.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_marker = resolve('marker')
    l_0_view = resolve('view')
    l_0_label_actions = l_0_label_aspects = l_0_label_assessed = l_0_label_date = l_0_label_document = l_0_label_due = l_0_label_evidence = l_0_label_interviewees = l_0_label_kind = l_0_label_last_audit = l_0_label_narrative = l_0_label_no = l_0_label_no_evidence = l_0_label_norm = l_0_label_onderbouwd = l_0_label_out_of_scope = l_0_label_problems = l_0_label_reason = l_0_label_source = l_0_label_unknown_action = l_0_label_valid_until = l_0_label_validity = l_0_label_yes = l_0_chart = missing
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_2 = environment.filters['html_dates']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'html_dates' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_5 = environment.filters['markdown']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'markdown' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_label_actions = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.actions')
    context.vars['label_actions'] = l_0_label_actions
    context.exported_vars.add('label_actions')
    l_0_label_aspects = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.aspects')
    context.vars['label_aspects'] = l_0_label_aspects
    context.exported_vars.add('label_aspects')
    l_0_label_assessed = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.assessed')
    context.vars['label_assessed'] = l_0_label_assessed
    context.exported_vars.add('label_assessed')
    l_0_label_date = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.date')
    context.vars['label_date'] = l_0_label_date
    context.exported_vars.add('label_date')
    l_0_label_document = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.document')
    context.vars['label_document'] = l_0_label_document
    context.exported_vars.add('label_document')
    l_0_label_due = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.due')
    context.vars['label_due'] = l_0_label_due
    context.exported_vars.add('label_due')
    l_0_label_evidence = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.evidence')
    context.vars['label_evidence'] = l_0_label_evidence
    context.exported_vars.add('label_evidence')
    l_0_label_interviewees = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.interviewees')
    context.vars['label_interviewees'] = l_0_label_interviewees
    context.exported_vars.add('label_interviewees')
    l_0_label_kind = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.kind')
    context.vars['label_kind'] = l_0_label_kind
    context.exported_vars.add('label_kind')
    l_0_label_last_audit = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.last_audit')
    context.vars['label_last_audit'] = l_0_label_last_audit
    context.exported_vars.add('label_last_audit')
    l_0_label_narrative = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.narrative')
    context.vars['label_narrative'] = l_0_label_narrative
    context.exported_vars.add('label_narrative')
    l_0_label_no = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.no')
    context.vars['label_no'] = l_0_label_no
    context.exported_vars.add('label_no')
    l_0_label_no_evidence = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.no_evidence')
    context.vars['label_no_evidence'] = l_0_label_no_evidence
    context.exported_vars.add('label_no_evidence')
    l_0_label_norm = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.norm')
    context.vars['label_norm'] = l_0_label_norm
    context.exported_vars.add('label_norm')
    l_0_label_onderbouwd = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.onderbouwd')
    context.vars['label_onderbouwd'] = l_0_label_onderbouwd
    context.exported_vars.add('label_onderbouwd')
    l_0_label_out_of_scope = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.out_of_scope')
    context.vars['label_out_of_scope'] = l_0_label_out_of_scope
    context.exported_vars.add('label_out_of_scope')
    l_0_label_problems = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.problems')
    context.vars['label_problems'] = l_0_label_problems
    context.exported_vars.add('label_problems')
    l_0_label_reason = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.reason')
    context.vars['label_reason'] = l_0_label_reason
    context.exported_vars.add('label_reason')
    l_0_label_source = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.source')
    context.vars['label_source'] = l_0_label_source
    context.exported_vars.add('label_source')
    l_0_label_unknown_action = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.unknown_action')
    context.vars['label_unknown_action'] = l_0_label_unknown_action
    context.exported_vars.add('label_unknown_action')
    l_0_label_valid_until = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.valid_until')
    context.vars['label_valid_until'] = l_0_label_valid_until
    context.exported_vars.add('label_valid_until')
    l_0_label_validity = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.validity')
    context.vars['label_validity'] = l_0_label_validity
    context.exported_vars.add('label_validity')
    l_0_label_yes = context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.yes')
    context.vars['label_yes'] = l_0_label_yes
    context.exported_vars.add('label_yes')
    yield '<!DOCTYPE html>\n<!-- '
    yield str(environment.finalize((undefined(name='marker') if l_0_marker is missing else l_0_marker)))
    yield ': '
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.generated_note', generator=environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'generator'))))
    yield ' -->\n<html lang="'
    yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'language')))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="'
    yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'generator')))
    yield '">\n<title>'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.title', organisation=environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'organisation'))))
    yield '</title>\n<style>\n'
    template = environment.get_template('report/dossier.css', 'report/dossier.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'chart': l_0_chart, 'label_actions': l_0_label_actions, 'label_aspects': l_0_label_aspects, 'label_assessed': l_0_label_assessed, 'label_date': l_0_label_date, 'label_document': l_0_label_document, 'label_due': l_0_label_due, 'label_evidence': l_0_label_evidence, 'label_interviewees': l_0_label_interviewees, 'label_kind': l_0_label_kind, 'label_last_audit': l_0_label_last_audit, 'label_narrative': l_0_label_narrative, 'label_no': l_0_label_no, 'label_no_evidence': l_0_label_no_evidence, 'label_norm': l_0_label_norm, 'label_onderbouwd': l_0_label_onderbouwd, 'label_out_of_scope': l_0_label_out_of_scope, 'label_problems': l_0_label_problems, 'label_reason': l_0_label_reason, 'label_source': l_0_label_source, 'label_unknown_action': l_0_label_unknown_action, 'label_valid_until': l_0_label_valid_until, 'label_validity': l_0_label_validity, 'label_yes': l_0_label_yes}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n</style>\n</head>\n<body>\n<main>\n<header class="cover">\n'
    yield from context.blocks['logo'][0](context)
    yield '\n<h1>'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.title', organisation=environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'organisation'))))
    yield '</h1>\n<table class="meta">\n<tr><th scope="row">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.organisation')))
    yield '</th><td>'
    yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'organisation')))
    yield '</td></tr>\n<tr><th scope="row">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.normset')))
    yield '</th><td>'
    yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'normset_title')))
    yield ' ('
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.version')))
    yield ' '
    yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'normset_version')))
    yield ', '
    yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'publisher')))
    yield ')</td></tr>\n<tr><th scope="row">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.as_of')))
    yield '</th><td class="date">'
    yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'as_of')))
    yield '</td></tr>'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'next_audit'):
        pass
        yield '\n<tr><th scope="row">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.next_audit')))
        yield '</th><td class="date">'
        yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'next_audit')))
        yield '</td></tr>'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'scope'):
        pass
        yield '\n<tr><th scope="row">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.scope')))
        yield '</th><td><ul class="plain">'
        for l_1_row in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'scope'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield str(environment.finalize(environment.getattr(l_1_row, 'question')))
            yield ' <strong>'
            yield str(environment.finalize(environment.getattr(l_1_row, 'answer')))
            yield '</strong></li>'
        l_1_row = missing
        yield '</ul></td></tr>'
    yield '\n<tr><th scope="row">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.commit')))
    yield '</th><td><code>'
    yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'commit')))
    yield '</code>'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'working_tree'):
        pass
        yield ', '
        yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'working_tree')))
    yield '</td></tr>'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'selection'):
        pass
        yield '\n<tr><th scope="row">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.selection')))
        yield '</th><td>'
        yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'selection')))
        yield '</td></tr>'
    yield '\n<tr><th scope="row">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.generator')))
    yield '</th><td>'
    yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'generator')))
    yield '</td></tr>\n</table>\n</header>\n\n<nav class="toc" aria-label="'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.contents')))
    yield '">\n<h2>'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.contents')))
    yield '</h2>\n<p><a href="#samenvatting">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.summary')))
    yield '</a> · <a href="#overzicht">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.chart')))
    yield '</a>'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'problems'):
        pass
        yield ' · <a href="#meldingen">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.problems')))
        yield '</a>'
    yield ' · <a href="#bijlagen">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.appendices')))
    yield '</a></p>'
    for l_1_rubriek in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'rubrieken'):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_rubriek, 'norms'):
            pass
            yield '\n<h3><a href="#'
            yield str(environment.finalize(environment.getattr(l_1_rubriek, 'anchor')))
            yield '">'
            yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.rubriek', _loop_vars=_loop_vars)))
            yield ' '
            yield str(environment.finalize(environment.getattr(l_1_rubriek, 'id')))
            yield '. '
            yield str(environment.finalize(environment.getattr(l_1_rubriek, 'title')))
            yield '</a></h3>\n<ul>'
            for l_2_norm in environment.getattr(l_1_rubriek, 'norms'):
                _loop_vars = {}
                pass
                yield '\n<li><a href="#'
                yield str(environment.finalize(environment.getattr(l_2_norm, 'anchor')))
                yield '">'
                yield str(environment.finalize(environment.getattr(l_2_norm, 'id')))
                yield '</a> <span class="note">'
                yield str(environment.finalize(environment.getattr(l_2_norm, 'status_label')))
                yield '</span></li>'
            l_2_norm = missing
            yield '\n</ul>'
    l_1_rubriek = missing
    yield '\n</nav>\n\n<section id="samenvatting">\n<h2>'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.summary')))
    yield '</h2>\n<p class="note">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.coverage_explained')))
    yield '</p>\n<div class="wide"><table>\n<thead><tr><th scope="col">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.rubriek')))
    yield '</th><th scope="col" class="num">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.supported')))
    yield '</th><th scope="col" class="num">%</th><th scope="col" class="num">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.aspects')))
    yield '</th><th scope="col" class="num">%</th><th scope="col">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.verdict')))
    yield '</th></tr></thead>\n<tbody>'
    for l_1_rubriek in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'rubrieken'):
        _loop_vars = {}
        pass
        yield '\n<tr><td><a href="#'
        yield str(environment.finalize(environment.getattr(l_1_rubriek, 'anchor')))
        yield '">'
        yield str(environment.finalize(environment.getattr(environment.getattr(l_1_rubriek, 'tally'), 'label')))
        yield '</a></td><td class="num">'
        yield str(environment.finalize(environment.getattr(environment.getattr(l_1_rubriek, 'tally'), 'supported')))
        yield '/'
        yield str(environment.finalize(environment.getattr(environment.getattr(l_1_rubriek, 'tally'), 'applicable')))
        yield '</td><td class="num">'
        yield str(environment.finalize(environment.getattr(environment.getattr(l_1_rubriek, 'tally'), 'percentage')))
        yield '</td><td class="num">'
        yield str(environment.finalize(environment.getattr(environment.getattr(l_1_rubriek, 'tally'), 'aspects')))
        yield '</td><td class="num">'
        yield str(environment.finalize(environment.getattr(environment.getattr(l_1_rubriek, 'tally'), 'aspect_percentage')))
        yield '</td><td>'
        yield str(environment.finalize(environment.getattr(l_1_rubriek, 'verdict')))
        yield '</td></tr>'
    l_1_rubriek = missing
    yield '\n<tr><th scope="row">'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'total'), 'label')))
    yield '</th><th class="num">'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'total'), 'supported')))
    yield '/'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'total'), 'applicable')))
    yield '</th><th class="num">'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'total'), 'percentage')))
    yield '</th><th class="num">'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'total'), 'aspects')))
    yield '</th><th class="num">'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'total'), 'aspect_percentage')))
    yield '</th><th></th></tr>\n</tbody>\n</table></div>\n<div class="wide"><table>\n<thead><tr><th scope="col">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.status')))
    yield '</th>'
    for l_1_rubriek in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'rubrieken'):
        _loop_vars = {}
        pass
        yield '<th scope="col" class="num">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.rubriek', _loop_vars=_loop_vars)))
        yield ' '
        yield str(environment.finalize(environment.getattr(l_1_rubriek, 'id')))
        yield '</th>'
    l_1_rubriek = missing
    yield '<th scope="col" class="num">'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'total'), 'label')))
    yield '</th></tr></thead>\n<tbody>'
    for l_1_row in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'status_rows'):
        _loop_vars = {}
        pass
        yield '\n<tr><td><span class="badge '
        yield str(environment.finalize(environment.getattr(l_1_row, 'status')))
        yield '">'
        yield str(environment.finalize(environment.getattr(l_1_row, 'label')))
        yield '</span></td>'
        for l_2_count in environment.getattr(l_1_row, 'counts'):
            _loop_vars = {}
            pass
            yield '<td class="num">'
            yield str(environment.finalize(l_2_count))
            yield '</td>'
        l_2_count = missing
        yield '<td class="num">'
        yield str(environment.finalize(environment.getattr(l_1_row, 'total')))
        yield '</td></tr>'
    l_1_row = missing
    yield '\n</tbody>\n</table></div>\n</section>\n\n<section id="overzicht">\n<h2>'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.chart')))
    yield '</h2>'
    l_0_chart = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'chart')
    context.vars['chart'] = l_0_chart
    context.exported_vars.add('chart')
    yield '\n<svg class="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 '
    yield str(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'width')))
    yield ' '
    yield str(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height')))
    yield '" width="100%" xmlns="http://www.w3.org/2000/svg">\n<title id="chart-title">'
    yield str(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'title')))
    yield '</title>'
    for l_1_row in environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'rows'):
        _loop_vars = {}
        pass
        yield '\n<text class="rowlabel" x="0" y="'
        yield str(environment.finalize((environment.getattr(l_1_row, 'y') + 28)))
        yield '">'
        yield str(environment.finalize(environment.getattr(l_1_row, 'label')))
        yield '</text>'
        for l_2_square in environment.getattr(l_1_row, 'squares'):
            _loop_vars = {}
            pass
            yield '\n<a href="#'
            yield str(environment.finalize(environment.getattr(l_2_square, 'anchor')))
            yield '"><g class="cell '
            yield str(environment.finalize(environment.getattr(l_2_square, 'status')))
            yield '"><title>'
            yield str(environment.finalize(environment.getattr(l_2_square, 'label')))
            yield '</title><rect x="'
            yield str(environment.finalize(environment.getattr(l_2_square, 'x')))
            yield '" y="'
            yield str(environment.finalize(environment.getattr(l_2_square, 'y')))
            yield '" width="'
            yield str(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'size')))
            yield '" height="'
            yield str(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'size')))
            yield '" rx="5"/><text x="'
            yield str(environment.finalize((environment.getattr(l_2_square, 'x') + (environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'size') // 2))))
            yield '" y="'
            yield str(environment.finalize((environment.getattr(l_2_square, 'y') + 20)))
            yield '" text-anchor="middle">'
            yield str(environment.finalize(environment.getattr(l_2_square, 'norm_id')))
            yield '</text><text class="mark" x="'
            yield str(environment.finalize((environment.getattr(l_2_square, 'x') + (environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'size') // 2))))
            yield '" y="'
            yield str(environment.finalize((environment.getattr(l_2_square, 'y') + 37)))
            yield '" text-anchor="middle">'
            yield str(environment.finalize(environment.getattr(l_2_square, 'mark')))
            yield '</text></g></a>'
        l_2_square = missing
        yield '\n<g class="bar"><rect class="track" x="'
        yield str(environment.finalize(environment.getattr(l_1_row, 'bar_x')))
        yield '" y="'
        yield str(environment.finalize((environment.getattr(l_1_row, 'y') + 10)))
        yield '" width="'
        yield str(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'bar_width')))
        yield '" height="16" rx="3"/><rect class="fill" x="'
        yield str(environment.finalize(environment.getattr(l_1_row, 'bar_x')))
        yield '" y="'
        yield str(environment.finalize((environment.getattr(l_1_row, 'y') + 10)))
        yield '" width="'
        yield str(environment.finalize(environment.getattr(l_1_row, 'bar_filled')))
        yield '" height="16" rx="3"/><text x="'
        yield str(environment.finalize(environment.getattr(l_1_row, 'bar_x')))
        yield '" y="'
        yield str(environment.finalize((environment.getattr(l_1_row, 'y') + 42)))
        yield '">'
        yield str(environment.finalize(environment.getattr(l_1_row, 'bar_text')))
        yield '</text></g>'
    l_1_row = missing
    for l_1_item in environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'legend'):
        _loop_vars = {}
        pass
        yield '\n<g class="cell legend '
        yield str(environment.finalize(environment.getattr(l_1_item, 'status')))
        yield '"><rect x="'
        yield str(environment.finalize(environment.getattr(l_1_item, 'x')))
        yield '" y="'
        yield str(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'legend_y')))
        yield '" width="22" height="22" rx="4"/><text class="mark" x="'
        yield str(environment.finalize((environment.getattr(l_1_item, 'x') + 11)))
        yield '" y="'
        yield str(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'legend_y') + 16)))
        yield '" text-anchor="middle">'
        yield str(environment.finalize(environment.getattr(l_1_item, 'mark')))
        yield '</text><text class="legendlabel" x="'
        yield str(environment.finalize((environment.getattr(l_1_item, 'x') + 28)))
        yield '" y="'
        yield str(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'legend_y') + 16)))
        yield '">'
        yield str(environment.finalize(environment.getattr(l_1_item, 'label')))
        yield '</text></g>'
    l_1_item = missing
    yield '\n</svg>\n</section>'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'history'):
        pass
        yield '\n\n<section id="geschiedenis">\n<h2>'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.history')))
        yield '</h2>\n<p class="note">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.history_intro')))
        yield '</p>'
        l_0_chart = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'history')
        context.vars['chart'] = l_0_chart
        context.exported_vars.add('chart')
        yield '\n<svg class="history" role="img" aria-label="'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.history')))
        yield '" viewBox="-40 -10 '
        yield str(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'width') + 200)))
        yield ' '
        yield str(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height') + 40)))
        yield '" width="100%" xmlns="http://www.w3.org/2000/svg">\n<line class="axis" x1="0" y1="'
        yield str(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height')))
        yield '" x2="'
        yield str(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'width')))
        yield '" y2="'
        yield str(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height')))
        yield '"/>\n<line class="axis" x1="0" y1="0" x2="0" y2="'
        yield str(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height')))
        yield '"/>\n<text class="tick" x="-6" y="4" text-anchor="end">100%</text>\n<text class="tick" x="-6" y="'
        yield str(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height') + 4)))
        yield '" text-anchor="end">0%</text>'
        for (l_1_x, l_1_date) in environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'dates'):
            _loop_vars = {}
            pass
            yield '\n<text class="tick" x="'
            yield str(environment.finalize(l_1_x))
            yield '" y="'
            yield str(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height') + 16)))
            yield '" text-anchor="middle">'
            yield str(environment.finalize(l_1_date))
            yield '</text>'
        l_1_x = l_1_date = missing
        l_1_loop = missing
        for l_1_line, l_1_loop in LoopContext(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'rubrieken'), undefined):
            _loop_vars = {}
            pass
            yield '\n<polyline class="rubriekline r'
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '" points="'
            for (l_2_x, l_2_y) in environment.getattr(l_1_line, 'points'):
                _loop_vars = {}
                pass
                yield str(environment.finalize(l_2_x))
                yield ','
                yield str(environment.finalize(l_2_y))
                yield ' '
            l_2_x = l_2_y = missing
            yield '"/>'
            if environment.getattr(l_1_line, 'points'):
                pass
                yield '<text class="linelabel" x="'
                yield str(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'width') + 8)))
                yield '" y="'
                yield str(environment.finalize((environment.getitem(environment.getitem(environment.getattr(l_1_line, 'points'), -1), 1) + 4)))
                yield '">'
                yield str(environment.finalize(environment.getattr(l_1_line, 'rubriek_id')))
                yield ' '
                yield str(environment.finalize(environment.getattr(l_1_line, 'title')))
                yield '</text>'
        l_1_loop = l_1_line = missing
        yield '\n<polyline class="overall" points="'
        for (l_1_x, l_1_y) in environment.getattr(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'overall'), 'points'):
            _loop_vars = {}
            pass
            yield str(environment.finalize(l_1_x))
            yield ','
            yield str(environment.finalize(l_1_y))
            yield ' '
        l_1_x = l_1_y = missing
        yield '"/>\n</svg>\n<div class="wide"><table>\n<thead><tr><th scope="col" class="date">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.date')))
        yield '</th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.version')))
        yield '</th><th scope="col" class="num">'
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'total'), 'label')))
        yield '</th></tr></thead>\n<tbody>'
        for l_1_point in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'history_points'):
            _loop_vars = {}
            pass
            yield '\n<tr><td class="date">'
            yield str(environment.finalize(environment.getattr(l_1_point, 'date')))
            yield '</td><td><code>'
            yield str(environment.finalize(environment.getattr(l_1_point, 'label')))
            yield '</code> '
            yield str(environment.finalize(environment.getattr(l_1_point, 'subject')))
            yield '</td><td class="num">'
            if (not t_6(environment.getattr(l_1_point, 'total'))):
                pass
                yield str(environment.finalize(t_1('%.0f', environment.getattr(l_1_point, 'total'))))
                yield '%'
            else:
                pass
                yield '–'
            yield '</td></tr>'
        l_1_point = missing
        yield '\n</tbody>\n</table></div>\n</section>'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'problems'):
        pass
        yield '\n\n<section id="meldingen">\n<h2>'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.problems')))
        yield '</h2>\n<p>'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.problems_intro', errors=context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'plural'), 'count.errors', environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'errors')), warnings=context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'plural'), 'count.warnings', environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'warnings')))))
        yield '</p>\n<div class="wide"><table class="problems">\n<thead><tr>'
        if (not environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'for_toetser')):
            pass
            yield '<th scope="col">'
            yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.where')))
            yield '</th><th scope="col">'
            yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.code')))
            yield '</th>'
        yield '<th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.message')))
        yield '</th></tr></thead>\n<tbody>'
        for l_1_problem in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'problems'):
            _loop_vars = {}
            pass
            yield '\n<tr class="'
            yield str(environment.finalize(environment.getattr(l_1_problem, 'level')))
            yield '">'
            if (not environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'for_toetser')):
                pass
                yield '<td><code>'
                yield str(environment.finalize(t_2(environment.getattr(l_1_problem, 'location'))))
                yield '</code></td><td>'
                yield str(environment.finalize(environment.getattr(l_1_problem, 'code')))
                yield '</td>'
            yield '<td>'
            yield str(environment.finalize(t_2(environment.getattr(l_1_problem, 'message'))))
            yield '</td></tr>'
        l_1_problem = missing
        yield '\n</tbody>\n</table></div>\n</section>'
    for l_1_rubriek in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'rubrieken'):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_rubriek, 'norms'):
            pass
            yield '\n\n<section class="rubriek" id="'
            yield str(environment.finalize(environment.getattr(l_1_rubriek, 'anchor')))
            yield '">\n<h2>'
            yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.rubriek', _loop_vars=_loop_vars)))
            yield ' '
            yield str(environment.finalize(environment.getattr(l_1_rubriek, 'id')))
            yield '. '
            yield str(environment.finalize(environment.getattr(l_1_rubriek, 'title')))
            yield '</h2>\n<p class="note">'
            yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.rubriek_line', supported=environment.getattr(environment.getattr(l_1_rubriek, 'tally'), 'supported'), applicable=environment.getattr(environment.getattr(l_1_rubriek, 'tally'), 'applicable'), percentage=environment.getattr(environment.getattr(l_1_rubriek, 'tally'), 'percentage'), _loop_vars=_loop_vars)))
            yield ' '
            yield str(environment.finalize(environment.getattr(l_1_rubriek, 'verdict')))
            yield '.</p>'
            for l_2_norm in environment.getattr(l_1_rubriek, 'norms'):
                _loop_vars = {}
                pass
                yield '\n\n<article class="norm '
                yield str(environment.finalize(environment.getattr(l_2_norm, 'status')))
                yield '" id="'
                yield str(environment.finalize(environment.getattr(l_2_norm, 'anchor')))
                yield '">\n<h3>'
                yield str(environment.finalize((undefined(name='label_norm') if l_0_label_norm is missing else l_0_label_norm)))
                yield ' '
                yield str(environment.finalize(environment.getattr(l_2_norm, 'id')))
                yield ' <span class="badge '
                yield str(environment.finalize(environment.getattr(l_2_norm, 'status')))
                yield '">'
                yield str(environment.finalize(environment.getattr(l_2_norm, 'status_label')))
                yield '</span></h3>\n<blockquote class="normtext">'
                yield str(environment.finalize(environment.getattr(l_2_norm, 'text')))
                yield '</blockquote>'
                if (not environment.getattr(l_2_norm, 'in_scope')):
                    pass
                    yield '\n<p class="note">'
                    yield str(environment.finalize((undefined(name='label_out_of_scope') if l_0_label_out_of_scope is missing else l_0_label_out_of_scope)))
                    yield '</p>'
                yield '\n<table class="meta">\n<tr><th scope="row">'
                yield str(environment.finalize((undefined(name='label_onderbouwd') if l_0_label_onderbouwd is missing else l_0_label_onderbouwd)))
                yield '</th><td>'
                if environment.getattr(l_2_norm, 'supported'):
                    pass
                    yield '<span class="supported">✓ '
                    yield str(environment.finalize((undefined(name='label_yes') if l_0_label_yes is missing else l_0_label_yes)))
                    yield '</span>'
                else:
                    pass
                    yield '<span class="unsupported">✗ '
                    yield str(environment.finalize((undefined(name='label_no') if l_0_label_no is missing else l_0_label_no)))
                    yield '</span>'
                yield '</td></tr>'
                if (environment.getattr(l_2_norm, 'assessed_by') or environment.getattr(l_2_norm, 'assessed_on')):
                    pass
                    yield '\n<tr><th scope="row">'
                    yield str(environment.finalize((undefined(name='label_assessed') if l_0_label_assessed is missing else l_0_label_assessed)))
                    yield '</th><td>'
                    yield str(environment.finalize(environment.getattr(l_2_norm, 'assessed_by')))
                    if environment.getattr(l_2_norm, 'assessed_on'):
                        pass
                        yield ' (<span class="date">'
                        yield str(environment.finalize(environment.getattr(l_2_norm, 'assessed_on')))
                        yield '</span>)'
                    yield '</td></tr>'
                if environment.getattr(l_2_norm, 'not_applicable_reason'):
                    pass
                    yield '\n<tr><th scope="row">'
                    yield str(environment.finalize((undefined(name='label_reason') if l_0_label_reason is missing else l_0_label_reason)))
                    yield '</th><td>'
                    yield str(environment.finalize(environment.getattr(l_2_norm, 'not_applicable_reason')))
                    yield '</td></tr>'
                if environment.getattr(l_2_norm, 'last_audit'):
                    pass
                    yield '\n<tr><th scope="row">'
                    yield str(environment.finalize((undefined(name='label_last_audit') if l_0_label_last_audit is missing else l_0_label_last_audit)))
                    yield '</th><td>'
                    yield str(environment.finalize(t_2(environment.getattr(l_2_norm, 'last_audit'))))
                    yield '</td></tr>'
                if environment.getattr(l_2_norm, 'interviewees'):
                    pass
                    yield '\n<tr><th scope="row">'
                    yield str(environment.finalize((undefined(name='label_interviewees') if l_0_label_interviewees is missing else l_0_label_interviewees)))
                    yield '</th><td>'
                    yield str(environment.finalize(t_3(context.eval_ctx, environment.getattr(l_2_norm, 'interviewees'), ', ')))
                    yield '</td></tr>'
                if environment.getattr(l_2_norm, 'source_path'):
                    pass
                    yield '\n<tr><th scope="row">'
                    yield str(environment.finalize((undefined(name='label_source') if l_0_label_source is missing else l_0_label_source)))
                    yield '</th><td><code>'
                    yield str(environment.finalize(environment.getattr(l_2_norm, 'source_path')))
                    yield '</code>'
                    if environment.getattr(l_2_norm, 'last_changed'):
                        pass
                        yield ' · '
                        yield str(environment.finalize(t_2(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.last_changed', date=environment.getattr(l_2_norm, 'last_changed'), _loop_vars=_loop_vars))))
                    yield '</td></tr>'
                yield '\n</table>'
                if environment.getattr(l_2_norm, 'notice'):
                    pass
                    yield '\n<p class="note invalid">'
                    yield str(environment.finalize(environment.getattr(l_2_norm, 'notice')))
                    yield '</p>'
                if environment.getattr(l_2_norm, 'aspects'):
                    pass
                    yield '\n<h4>'
                    yield str(environment.finalize((undefined(name='label_aspects') if l_0_label_aspects is missing else l_0_label_aspects)))
                    yield '</h4>\n<ul class="aspects">'
                    for l_3_aspect in environment.getattr(l_2_norm, 'aspects'):
                        _loop_vars = {}
                        pass
                        yield '\n<li data-mark="'
                        if environment.getattr(l_3_aspect, 'covered'):
                            pass
                            yield '✓'
                        else:
                            pass
                            yield '✗'
                        yield '" class="'
                        if (not environment.getattr(l_3_aspect, 'covered')):
                            pass
                            yield 'invalid'
                        yield '">'
                        yield str(environment.finalize(environment.getattr(l_3_aspect, 'label')))
                        yield ': '
                        if environment.getattr(l_3_aspect, 'evidence'):
                            pass
                            yield str(environment.finalize(t_3(context.eval_ctx, environment.getattr(l_3_aspect, 'evidence'), '; ')))
                        else:
                            pass
                            yield '<em>'
                            yield str(environment.finalize((undefined(name='label_no_evidence') if l_0_label_no_evidence is missing else l_0_label_no_evidence)))
                            yield '</em>'
                        yield '</li>'
                    l_3_aspect = missing
                    yield '\n</ul>'
                if environment.getattr(l_2_norm, 'narrative'):
                    pass
                    yield '\n<h4>'
                    yield str(environment.finalize((undefined(name='label_narrative') if l_0_label_narrative is missing else l_0_label_narrative)))
                    yield '</h4>\n<div class="narrative">'
                    yield str(environment.finalize(t_5(environment.getattr(l_2_norm, 'narrative'))))
                    yield '</div>'
                if environment.getattr(l_2_norm, 'evidence'):
                    pass
                    yield '\n<h4>'
                    yield str(environment.finalize((undefined(name='label_evidence') if l_0_label_evidence is missing else l_0_label_evidence)))
                    yield '</h4>\n<div class="wide"><table class="evidence">\n<thead><tr><th scope="col">'
                    yield str(environment.finalize((undefined(name='label_document') if l_0_label_document is missing else l_0_label_document)))
                    yield '</th><th scope="col">'
                    yield str(environment.finalize((undefined(name='label_kind') if l_0_label_kind is missing else l_0_label_kind)))
                    yield '</th><th scope="col" class="date">'
                    yield str(environment.finalize((undefined(name='label_date') if l_0_label_date is missing else l_0_label_date)))
                    yield '</th><th scope="col" class="date">'
                    yield str(environment.finalize((undefined(name='label_valid_until') if l_0_label_valid_until is missing else l_0_label_valid_until)))
                    yield '</th><th scope="col">'
                    yield str(environment.finalize((undefined(name='label_validity') if l_0_label_validity is missing else l_0_label_validity)))
                    yield '</th></tr></thead>\n<tbody>'
                    for l_3_row in environment.getattr(l_2_norm, 'evidence'):
                        _loop_vars = {}
                        pass
                        yield '\n<tr><td>'
                        if environment.getattr(l_3_row, 'href'):
                            pass
                            yield '<a href="'
                            yield str(environment.finalize(environment.getattr(l_3_row, 'href')))
                            yield '">'
                            yield str(environment.finalize(environment.getattr(l_3_row, 'title')))
                            yield '</a>'
                        else:
                            pass
                            yield str(environment.finalize(environment.getattr(l_3_row, 'title')))
                        yield '</td><td>'
                        yield str(environment.finalize(environment.getattr(l_3_row, 'kind')))
                        yield '</td><td class="date">'
                        yield str(environment.finalize(environment.getattr(l_3_row, 'date')))
                        yield '</td><td class="date">'
                        yield str(environment.finalize(environment.getattr(l_3_row, 'valid_until')))
                        yield '</td><td'
                        if (not environment.getattr(l_3_row, 'valid')):
                            pass
                            yield ' class="invalid"'
                        yield '>'
                        yield str(environment.finalize(environment.getattr(l_3_row, 'validity')))
                        yield '</td></tr>'
                    l_3_row = missing
                    yield '\n</tbody>\n</table></div>'
                if environment.getattr(l_2_norm, 'actions'):
                    pass
                    yield '\n<h4>'
                    yield str(environment.finalize((undefined(name='label_actions') if l_0_label_actions is missing else l_0_label_actions)))
                    yield '</h4>\n<ul>'
                    for l_3_action in environment.getattr(l_2_norm, 'actions'):
                        _loop_vars = {}
                        pass
                        yield '\n<li'
                        if environment.getattr(l_3_action, 'late'):
                            pass
                            yield ' class="invalid"'
                        yield '><strong>'
                        yield str(environment.finalize(environment.getattr(l_3_action, 'id')))
                        yield '</strong>'
                        if environment.getattr(l_3_action, 'known'):
                            pass
                            yield ': '
                            yield str(environment.finalize(environment.getattr(l_3_action, 'title')))
                            yield ' ('
                            yield str(environment.finalize(environment.getattr(l_3_action, 'status')))
                            if environment.getattr(l_3_action, 'due'):
                                pass
                                yield ', '
                                yield str(environment.finalize((undefined(name='label_due') if l_0_label_due is missing else l_0_label_due)))
                                yield ' <span class="date">'
                                yield str(environment.finalize(environment.getattr(l_3_action, 'due')))
                                yield '</span>'
                            yield ')'
                        else:
                            pass
                            yield ' ('
                            yield str(environment.finalize((undefined(name='label_unknown_action') if l_0_label_unknown_action is missing else l_0_label_unknown_action)))
                            yield ')'
                        yield '</li>'
                    l_3_action = missing
                    yield '\n</ul>'
                if environment.getattr(l_2_norm, 'problems'):
                    pass
                    yield '\n<h4>'
                    yield str(environment.finalize((undefined(name='label_problems') if l_0_label_problems is missing else l_0_label_problems)))
                    yield '</h4>\n<ul class="problems">'
                    for l_3_problem in environment.getattr(l_2_norm, 'problems'):
                        _loop_vars = {}
                        pass
                        yield '\n<li class="'
                        yield str(environment.finalize(environment.getattr(l_3_problem, 'level')))
                        yield '">'
                        if (not environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'for_toetser')):
                            pass
                            yield '<code>'
                            yield str(environment.finalize(t_2(environment.getattr(l_3_problem, 'location'))))
                            yield '</code> '
                            yield str(environment.finalize(environment.getattr(l_3_problem, 'code')))
                            yield ' '
                        yield str(environment.finalize(t_2(environment.getattr(l_3_problem, 'message'))))
                        yield '</li>'
                    l_3_problem = missing
                    yield '\n</ul>'
                yield '\n</article>'
            l_2_norm = missing
            yield '\n</section>'
    l_1_rubriek = missing
    if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'shown') == 0):
        pass
        yield '\n<p>'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.no_norms_shown')))
        yield '</p>'
    yield '\n\n<section class="appendix" id="bijlagen">\n<h2>'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.appendices')))
    yield '</h2>\n\n<h3 id="register">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.register')))
    yield '</h3>'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'documents'):
        pass
        yield '\n<p class="note">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.register_intro')))
        yield '</p>\n<div class="wide register"><table class="register">\n<thead><tr><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.document')))
        yield ' <span class="kind">('
        yield str(environment.finalize(t_4(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.kind'))))
        yield ')</span></th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.owner')))
        yield '</th><th scope="col" class="date">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.date')))
        yield '</th><th scope="col" class="date">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.review_date')))
        yield '</th><th scope="col" class="date">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.valid_until')))
        yield '</th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.norms_column')))
        yield '</th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.validity')))
        yield '</th>'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'next_audit'):
            pass
            yield '<th scope="col">'
            yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.at_audit')))
            yield '</th>'
        yield '</tr></thead>\n<tbody>'
        for l_1_doc in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'documents'):
            _loop_vars = {}
            pass
            yield '\n<tr><td>'
            if environment.getattr(l_1_doc, 'href'):
                pass
                yield '<a href="'
                yield str(environment.finalize(environment.getattr(l_1_doc, 'href')))
                yield '">'
                yield str(environment.finalize(environment.getattr(l_1_doc, 'title')))
                yield '</a>'
            else:
                pass
                yield str(environment.finalize(environment.getattr(l_1_doc, 'title')))
            yield '<br><code>'
            yield str(environment.finalize(environment.getattr(l_1_doc, 'id')))
            yield '</code> <span class="kind">('
            yield str(environment.finalize(environment.getattr(l_1_doc, 'kind')))
            yield ')</span></td><td>'
            yield str(environment.finalize(environment.getattr(l_1_doc, 'owner')))
            yield '</td><td class="date">'
            yield str(environment.finalize(environment.getattr(l_1_doc, 'date')))
            yield '</td><td class="date">'
            yield str(environment.finalize(environment.getattr(l_1_doc, 'review_date')))
            yield '</td><td class="date">'
            yield str(environment.finalize(environment.getattr(l_1_doc, 'valid_until')))
            yield '</td><td>'
            for (l_2_norm_id, l_2_norm_anchor) in environment.getattr(l_1_doc, 'norms')[:1]:
                _loop_vars = {}
                pass
                yield '<a href="#'
                yield str(environment.finalize(l_2_norm_anchor))
                yield '">'
                yield str(environment.finalize(l_2_norm_id))
                yield '</a>'
            l_2_norm_id = l_2_norm_anchor = missing
            for (l_2_norm_id, l_2_norm_anchor) in environment.getattr(l_1_doc, 'norms')[1:]:
                _loop_vars = {}
                pass
                yield ', <a href="#'
                yield str(environment.finalize(l_2_norm_anchor))
                yield '">'
                yield str(environment.finalize(l_2_norm_id))
                yield '</a>'
            l_2_norm_id = l_2_norm_anchor = missing
            yield '</td><td'
            if environment.getattr(l_1_doc, 'expired'):
                pass
                yield ' class="invalid"'
            yield '>'
            yield str(environment.finalize(environment.getattr(l_1_doc, 'now')))
            yield '</td>'
            if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'next_audit'):
                pass
                yield '<td>'
                yield str(environment.finalize(environment.getattr(l_1_doc, 'at_audit')))
                yield '</td>'
            yield '</tr>'
        l_1_doc = missing
        yield '\n</tbody>\n</table></div>'
    else:
        pass
        yield '\n<p>'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.empty_register')))
        yield '</p>'
    yield '\n\n<h3 id="verbeterplan">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.plan')))
    yield '</h3>'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'plan'):
        pass
        yield '\n<p class="note">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.plan_intro')))
        yield '</p>\n<div class="wide"><table class="plan">\n<thead><tr><th scope="col">Id</th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.what')))
        yield '</th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.norms_column')))
        yield '</th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.owner')))
        yield '</th><th scope="col" class="date">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.due_header')))
        yield '</th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.status')))
        yield '</th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.state')))
        yield '</th></tr></thead>\n<tbody>'
        for l_1_action in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'plan'):
            _loop_vars = {}
            pass
            yield '\n<tr class="'
            yield str(environment.finalize(environment.getattr(l_1_action, 'state')))
            yield '"><td class="id"><code>'
            yield str(environment.finalize(environment.getattr(l_1_action, 'id')))
            yield '</code></td><td>'
            yield str(environment.finalize(environment.getattr(l_1_action, 'title')))
            yield '</td><td>'
            yield str(environment.finalize(t_3(context.eval_ctx, environment.getattr(l_1_action, 'norms'), ', ')))
            yield '</td><td>'
            yield str(environment.finalize(environment.getattr(l_1_action, 'owner')))
            yield '</td><td class="date">'
            yield str(environment.finalize(environment.getattr(l_1_action, 'due')))
            yield '</td><td>'
            yield str(environment.finalize(environment.getattr(l_1_action, 'status')))
            yield '</td><td'
            if (environment.getattr(l_1_action, 'state') == 'late'):
                pass
                yield ' class="invalid"'
            yield '>'
            yield str(environment.finalize(environment.getattr(l_1_action, 'state_label')))
            yield '</td></tr>'
        l_1_action = missing
        yield '\n</tbody>\n</table></div>'
    else:
        pass
        yield '\n<p>'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.empty_plan')))
        yield '</p>'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'follow_up'):
        pass
        yield '\n<h3 id="opvolging">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.follow_up')))
        yield '</h3>\n<div class="wide"><table class="plan">\n<thead><tr><th scope="col">Id</th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.what')))
        yield '</th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.norms_column')))
        yield '</th><th scope="col" class="date">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.deadline')))
        yield '</th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.actions')))
        yield '</th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.state')))
        yield '</th></tr></thead>\n<tbody>'
        l_1_loop = missing
        for l_1_row, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'follow_up'), undefined):
            _loop_vars = {}
            pass
            yield '\n<tr class="'
            yield str(environment.finalize(environment.getattr(l_1_row, 'state')))
            yield '"><td class="id"><code>'
            yield str(environment.finalize(environment.getattr(l_1_row, 'id')))
            yield '</code><br><span class="note date">'
            yield str(environment.finalize(environment.getattr(l_1_row, 'audit_date')))
            yield '</span></td><td>'
            yield str(environment.finalize(environment.getattr(l_1_row, 'description')))
            yield '</td><td>'
            yield str(environment.finalize(t_3(context.eval_ctx, environment.getattr(l_1_row, 'norms'), ', ')))
            yield '</td><td class="date">'
            yield str(environment.finalize(environment.getattr(l_1_row, 'deadline')))
            yield '</td><td>'
            l_2_loop = missing
            for l_2_action, l_2_loop in LoopContext(environment.getattr(l_1_row, 'actions'), undefined):
                _loop_vars = {}
                pass
                yield '<code>'
                yield str(environment.finalize(environment.getattr(l_2_action, 'id')))
                yield '</code> '
                yield str(environment.finalize(environment.getattr(l_2_action, 'status')))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield '<br>'
            l_2_loop = l_2_action = missing
            yield '</td><td'
            if (environment.getattr(l_1_row, 'state') in ('late', 'none')):
                pass
                yield ' class="invalid"'
            yield '>'
            yield str(environment.finalize(environment.getattr(l_1_row, 'state_label')))
            yield '</td></tr>'
        l_1_loop = l_1_row = missing
        yield '\n</tbody>\n</table></div>'
    if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'interviews') and environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'interviews'), 'groups')):
        pass
        yield '\n<h3 id="interviews">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.interviews')))
        yield '</h3>\n<p class="note">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.interviews_intro')))
        yield '</p>\n<div class="wide"><table class="interviews">\n<thead><tr><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.group')))
        yield '</th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.norms_column')))
        yield '</th></tr></thead>\n<tbody>'
        l_1_loop = missing
        for l_1_group, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'interviews'), 'groups'), undefined):
            _loop_vars = {}
            pass
            yield '\n<tr><td>'
            yield str(environment.finalize(environment.getattr(l_1_group, 'name')))
            yield '</td><td>'
            l_2_loop = missing
            for l_2_norm, l_2_loop in LoopContext(environment.getattr(l_1_group, 'norms'), undefined):
                _loop_vars = {}
                pass
                yield str(environment.finalize(environment.getattr(l_2_norm, 'id')))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield ', '
            l_2_loop = l_2_norm = missing
            yield '</td></tr>'
        l_1_loop = l_1_group = missing
        if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'interviews'), 'unspoken'):
            pass
            yield '\n<tr><td class="invalid">'
            yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.nobody')))
            yield '</td><td class="invalid">'
            l_1_loop = missing
            for l_1_norm, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'interviews'), 'unspoken'), undefined):
                _loop_vars = {}
                pass
                yield str(environment.finalize(environment.getattr(l_1_norm, 'id')))
                if (not environment.getattr(l_1_loop, 'last')):
                    pass
                    yield ', '
            l_1_loop = l_1_norm = missing
            yield '</td></tr>'
        yield '\n</tbody>\n</table></div>'
    yield '\n\n<h3 id="verloopt">'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.expiring')))
    yield '</h3>'
    if (not environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'next_audit')):
        pass
        yield '\n<p>'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.no_audit_date')))
        yield '</p>'
    elif environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'expiring'):
        pass
        yield '\n<p class="note">'
        yield str(environment.finalize(t_2(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.expiring_intro', as_of=environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'as_of'), audit=environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'next_audit')))))
        yield '</p>\n<div class="wide"><table class="expiring">\n<thead><tr><th scope="col" class="date">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.date')))
        yield '</th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.what')))
        yield '</th><th scope="col">'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.norms_column')))
        yield '</th></tr></thead>\n<tbody>'
        for l_1_row in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'expiring'):
            _loop_vars = {}
            pass
            yield '\n<tr><td class="date">'
            yield str(environment.finalize(environment.getattr(l_1_row, 'date')))
            yield '</td><td>'
            yield str(environment.finalize(t_2(environment.getattr(l_1_row, 'what'))))
            yield '</td><td>'
            yield str(environment.finalize(t_3(context.eval_ctx, environment.getattr(l_1_row, 'norms'), ', ')))
            yield '</td></tr>'
        l_1_row = missing
        yield '\n</tbody>\n</table></div>'
    else:
        pass
        yield '\n<p>'
        yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.nothing_expiring')))
        yield '</p>'
    yield '\n</section>\n\n<footer>\n<p>'
    yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copyright')))
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'aspects_note'):
        pass
        yield ' '
        yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'aspects_note')))
    yield '</p>\n<p>'
    yield str(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.generated_note', generator=environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'generator'))))
    yield '</p>\n</footer>\n</main>\n</body>\n</html>\n'

def block_logo(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'logo': block_logo}
debug_info = '2=51&3=54&4=57&5=60&6=63&7=66&8=69&9=72&10=75&11=78&12=81&13=84&14=87&15=90&16=93&17=96&18=99&19=102&20=105&21=108&22=111&23=114&24=117&26=121&27=125&31=127&32=129&34=131&40=138&41=140&43=142&44=146&45=156&46=160&47=163&49=167&50=170&52=183&53=192&54=195&56=200&60=204&61=206&62=208&63=220&64=226&66=234&67=238&74=248&75=250&77=252&79=260&80=264&82=282&86=294&88=308&89=312&96=328&97=330&98=334&99=338&100=340&101=344&102=348&103=352&105=380&107=399&108=403&112=423&115=426&116=428&117=430&118=434&119=440&120=446&122=448&123=450&124=454&126=462&127=466&128=477&130=490&133=499&135=505&136=509&142=525&145=528&146=530&148=532&150=542&151=546&157=560&159=566&160=568&161=574&162=578&164=582&165=586&166=594&167=596&168=599&171=602&172=615&173=618&175=627&176=630&178=634&179=637&181=641&182=644&184=648&185=651&188=661&189=664&191=666&192=669&194=671&195=675&199=699&200=702&201=704&203=706&204=709&206=711&208=721&209=725&214=750&215=753&217=755&218=759&222=787&223=790&225=792&226=796&234=813&235=816&239=819&241=821&242=823&243=826&245=828&247=850&248=854&253=913&256=916&257=918&258=921&260=923&262=935&263=939&268=964&271=966&272=969&274=971&276=982&277=986&283=1019&284=1022&285=1024&287=1026&289=1031&290=1035&292=1048&293=1051&299=1065&300=1067&301=1070&302=1072&303=1075&305=1077&307=1083&308=1087&313=1098&318=1101&319=1107&40=1110'
