#!/usr/bin/env python3
"""Generate the fictional study of trygghetslarm (safety alarms for older people and people
with disabilities living at home) in the fictional Sörbyvik kommun: transcripts, gold.csv,
codebook.csv and transcripts/participants.csv, all from the session lists in this file.

Python 3.11, standard library, plus python-docx (the .docx) and openpyxl (the .xlsx).
Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer turn,
P(speaker, text, theme, stage, sentiment, kind) for a participant turn, B() for a
participant backchannel, reaction, small talk or thanks (no theme, no stage). Transcript
files and gold rows are written from the same list, so turn indices cannot drift. How a
turn is cut into pieces (table rows, recognised phrases, chat messages, subtitle cues,
merge records) is decided by the writer of each layout; the gold keeps one row per turn.
After writing, every file is parsed back with a minimal parser for its layout and compared
with the list (turn index, speaker, text); every codebook example must be an exact excerpt
of a participant turn coded with that theme and of no turn coded otherwise.

Output is byte-identical from run to run: timings are seeded, the .docx and .xlsx are
re-zipped with fixed timestamps and fixed core properties.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import random
import re
import sys
import textwrap
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TDIR = HERE / "transcripts"

STAGES = ("need", "find_info", "apply", "processing", "decision", "use", "follow_up")
KINDS = ("pain", "praise", "suggestion", "question", "neutral")
NEED, FIND, APPLY, PROC, DEC, USE, FOLL = STAGES


def M(speaker, text, **opts):
    """Moderator / interviewer turn (no gold row)."""
    return dict(speaker=speaker, text=text, mod=True, **opts)


def P(speaker, text, theme, stage, sentiment, kind, **opts):
    """Participant turn with labels."""
    assert kind in KINDS, kind
    assert sentiment in (-1, 0, 1), sentiment
    return dict(speaker=speaker, text=text, mod=False, theme=theme, stage=stage,
                sentiment=sentiment, kind=kind, **opts)


def B(speaker, text, sentiment=0, kind="neutral", **opts):
    """Participant backchannel, reaction, small talk or thanks: no theme, no stage."""
    return P(speaker, text, "", "", sentiment, kind, **opts)


# ---------------------------------------------------------------------------
# Theme ids (the codebook, with descriptions and examples, is below the sessions)
# ---------------------------------------------------------------------------
BT = "behov_trygghet"          # varför larmet behövdes
VI = "vagen_in"                # hur man fick veta
AB = "ansokan_bedomning"       # ansökan, hembesök, bedömning
AV = "beslut_avgift"           # beslut, serviceinsats, avgift, maxtaxa
IN = "installation_nyckel"     # teknikern, nyckeln, nyckelgömma, digitalt lås, provlarm
LC = "larmcentralen"           # när någon svarar
UT = "utryckning_patrull"      # hur fort någon kommer, nattpatrullen
VA = "vardag_med_larmet"       # att bära det, att inte trycka, skam, falsklarm
TK = "teknik_gps_fall"         # GPS-larm, fallsensor, täckning, analogt till digitalt
EF = "efterat_underhall"       # batterier, flytt, återlämning, klagomål, uppföljning
AN = "anhorigas_roll"          # anhöriga som kontaktpersoner, oro, avstånd

# ---------------------------------------------------------------------------
# Speaker labels, exactly as each file writes them (see README)
# ---------------------------------------------------------------------------
KARIN = "Karin"                                                  # FG1 grid table (first names)
GUN, SIX, ELSY, RUNE, MAJ, HAS = "Gunvor", "Sixten", "Elsy", "Rune", "Majken", "Hassan"
G1, G2, G3, G4, G5, G6 = (f"Guest-{i}" for i in range(1, 7))     # FG2 Azure CSV
EN_I, BH = "EN", "BH"                                            # INT1 Excel
INTV, SIGNE = "Intervjuare", "Signe"                             # INT2 definition list
EMMA, MIKAEL = "Emma Nordin", "Mikael Berg"                      # INT3 Zoom chat
INTV4, GUNNAR, BRITT = "Intervjuare", "Gunnar", "Britt"          # INT4 mail merge
ITAL, UNK = "(kursiv)", "unknown"                                # INT5 subtitles, no names
ME, JOHAN = "Me", "+46703318824"                                 # INT6 iMessage export

NOT_IN_FILE = {ITAL}   # the off-screen interviewer has no label: italics only

PARTICIPANTS = [
    # speaker, segment, living, age_group, situation
    (KARIN, "moderator", "", "", "samtalsledare, utvecklare vid vård- och omsorgsförvaltningen"),
    (G1, "moderator", "", "", "Karin Holm, samtalsledare (Azure-verktygets första röst)"),
    (EN_I, "moderator", "", "", "Emma Nordin, intervjuare (utredare, Sörbyvik kommun)"),
    (INTV, "moderator", "", "", "Emma Nordin (intervju 2) och Karin Holm (intervju 4)"),
    (EMMA, "moderator", "", "", "intervjuare i Zoom-chatten"),
    (ME, "moderator", "", "", "Emma Nordin, intervjuarens iPhone"),
    (GUN, "äldre ensamboende", "ensam", "85+",
     "änka sedan två år; ramlade i badrummet; larm sedan ett år"),
    (SIX, "äldre ensamboende", "ensam", "75-84",
     "föll på isen och låg ute; larm med fallsensor; många falsklarm"),
    (ELSY, "äldre ensamboende", "ensam", "85+",
     "hjärtsvikt; larm i fem år; bytt från analogt till digitalt"),
    (RUNE, "äldre ensamboende", "ensam", "75-84",
     "fick veta om larmet på träffpunkten; har aldrig larmat; skäms för att trycka"),
    (MAJ, "äldre ensamboende", "ensam", "75-84",
     "KOL; larmade en natt och väntade länge på patrullen"),
    (HAS, "äldre ensamboende", "ensam", "75-84",
     "diabetes; larmcentralen förstod inte hans svenska; sonen hjälpte till"),
    (G2, "anhörig", "", "45-64", "Lena, dotter; pappa med demens och GPS-larm"),
    (G3, "anhörig", "", "45-64", "Tomas, son; mamma som ramlade och låg på golvet en natt"),
    (G4, "anhörig", "", "65-74", "Kjell, make; frun med Alzheimer, GPS-larm, gick vilse"),
    (G5, "anhörig", "", "45-64", "Pirjo, dotter; mamma som flyttade till särskilt boende"),
    (G6, "anhörig", "", "30-44", "Farah, svärdotter; svärfar med hjärtsvikt, tolk vid bedömningen"),
    (BH, "personal", "", "", "biståndshandläggare, äldreomsorg, nio år i kommunen"),
    (SIGNE, "äldre ensamboende", "ensam", "85+",
     "änka; låg på golvet en natt; fallsensor; ska kanske flytta"),
    (MIKAEL, "person med funktionsnedsättning", "ensam", "45-64",
     "döv sedan födseln, epilepsi; larm med blixtljus och GPS-larm"),
    (GUNNAR, "par", "sammanboende", "75-84", "Parkinson; larmet står på honom"),
    (BRITT, "par", "sammanboende", "75-84", "Gunnars fru; fick en egen knapp efter en höftoperation"),
    (UNK, "personal", "", "", "undersköterska i nattpatrullen (hemtjänsten), filmad; omärkt i filen"),
    (JOHAN, "anhörig", "", "45-64",
     "Johan, son som bor i Oslo; mamman flyttade till särskilt boende och larmet hämtades"),
]

# ---------------------------------------------------------------------------
# Session 1: fokusgrupp-1.md. In person, Träffpunkt Kastanjen (Sörbyvik centrum),
# tisdag 11 november 2025, 13.30. Older people living alone. Recorded on a dictaphone;
# the note-taker (Jonna Lind) typed it into a Word table (Tid | Talare | Yttrande) and
# converted it with pandoc to Markdown for the project's GitLab wiki: a grid table.
# Guide chronological: who you are and why the alarm, finding out, applying, the visit,
# the decision and the fee, installation and the key, pressing the button, the central,
# how fast someone came, the night, GPS and fall sensors, batteries and the digital
# switch, what one would change.
# ---------------------------------------------------------------------------
FG1 = [
    M(KARIN, "Då så, nu är inspelningen igång. Välkomna allihop och tack för att ni ville komma. Jag heter Karin och jobbar på vård- och omsorgsförvaltningen, och Jonna här antecknar. Vi vill veta hur det är att ha trygghetslarm, från början till nu. Inga namn kommer med i det vi skriver. Kan vi börja med en runda, vad ni heter och hur det kom sig att ni skaffade larm?"),
    P(GUN, "Ja, jag kan börja. Gunvor heter jag, åttiosex år. Min man dog för två år sen, och efter det var det ju ingen som såg mig om dagarna. Sen halkade jag i badrummet i fjol vår. Det var då.", BT, NEED, 0, "neutral"),
    P(SIX, "Sixten, sjuttionio. Jag gick på isen utanför Ica i januari och bröt handleden. Låg där en stund innan nån kom. Det var inte roligt, kan jag säga.", BT, NEED, -1, "pain"),
    P(ELSY, "Elsy. Nittioett. Jag har hjärtsvikt och har haft larm i fem år nu, så jag är väl den som haft det längst här.", BT, NEED, 0, "neutral"),
    B(GUN, "Fem år, oj."),
    P(RUNE, "Rune, åttiotvå. Jag har inte ramlat, ska sägas. Men barnen tjatade. Dottern bor i Umeå och hon sov inte på nätterna, sa hon.", BT, NEED, 0, "neutral"),
    P(MAJ, "Majken, sjuttiosju. Jag har KOL, och när man inte får luft så vill man ju kunna ringa nån utan att leta efter telefonen.", BT, NEED, 0, "neutral"),
    P(HAS, "Hassan. Sjuttioåtta år. Diabetes. En gång blodsockret gick ner på natten och jag kunde inte stå upp. Min son sa nu räcker det, pappa.", BT, NEED, 0, "neutral"),
    M(KARIN, "Tack. Så det är ganska olika vägar in. Hur fick ni veta att det fanns något som hette trygghetslarm, och hur man skulle göra?"),
    P(RUNE, "Här. På Kastanjen. Det var en sån där informationsträff, en tjej från kommunen som visade ett armband och gick runt med det. Innan dess trodde jag att det var bara för dem som har hemtjänst.", VI, FIND, 1, "praise"),
    P(GUN, "Distriktssköterskan sa det när hon kom och tittade på mitt knä. Hon sa, Gunvor, du borde ha larm. Men hon visste inte hur man sökte, hon sa ring kommunen.", VI, FIND, 0, "neutral"),
    P(MAJ, "Jag försökte på hemsidan. Det står trygghetslarm under äldreomsorg, men sen står det biståndsbeslut och serviceinsats och avgiftsklass och jag förstod inte om jag fick eller inte.", VI, FIND, -1, "pain"),
    B(ELSY, "Nej, det där är inte skrivet för oss."),
    P(HAS, "Min son läste på nätet. Jag läser inte så bra svenska. Han ringde.", VI, FIND, 0, "neutral"),
    P(SIX, "Jag fick en lapp på akuten, faktiskt. När de gipsade. Det stod ring kommunens kontaktcenter, och ett nummer.", VI, FIND, 1, "praise"),
    M(KARIN, "Och när ni väl skulle söka, hur gick det till?"),
    P(GUN, "Jag ringde. Man fick vänta i telefonkö en halvtimme och sen fick man lämna nummer, och sen ringde handläggaren dagen efter. Hon var trevlig. Men jag satt vid telefonen hela dagen för att inte missa henne.", AB, APPLY, 0, "pain"),
    P(MAJ, "Det finns en e-tjänst, det såg jag. Men man ska ha bank-id, och det har jag inte. Så det var inget för mig.", AB, APPLY, -1, "pain"),
    P(HAS, "Sonen gjorde på datorn. Med sitt bank-id, det gick inte. Det var min ansökan, inte hans. Så han fick ringa ändå.", AB, APPLY, -1, "pain"),
    B(RUNE, "Typiskt."),
    P(ELSY, "När jag sökte för fem år sen så var det en blankett. På papper. Det var enklare, tycker jag, men det säger jag kanske bara för att jag är gammal.", AB, APPLY, 0, "neutral"),
    M(KARIN, "Kom det någon hem till er innan det blev beslut?"),
    P(GUN, "Ja, handläggaren kom hem. Hon satt i köket en timme och frågade om allting. Hur jag duschar, om jag lagar mat, om jag har barn. Jag tänkte, jag vill ju bara ha en knapp.", AB, PROC, -1, "pain"),
    P(SIX, "Hos mig kom ingen. Det var bara ett telefonsamtal, och sen kom ett brev. Det tog en vecka kanske.", AB, PROC, 1, "praise"),
    M(KARIN, "Så för dig blev det inget hembesök alls?"),
    P(SIX, "Nej. Hon sa att trygghetslarm är en serviceinsats här, att man inte behöver nåt biståndsbeslut om man är över sjuttiofem. Det visste jag inte. Det var ju bra.", AV, DEC, 1, "praise"),
    P(MAJ, "Men jag är sjuttiosju och jag fick hembesök. Så hur är det egentligen?", AV, DEC, -1, "question"),
    M(KARIN, "Det är en bra fråga, och jag vill inte gissa. Vi tar med den. Hur var det med avgiften, visste ni vad det skulle kosta?"),
    P(ELSY, "Tvåhundrafemtio kronor i månaden, stod det i brevet. Det är ju inte gratis när man har garantipension.", AV, DEC, -1, "pain"),
    P(RUNE, "Men det ingår i maxtaxan, sa hon. Så om man har hemtjänst också så blir det inte dyrare. Det förstod jag inte förrän sonen räknade på det.", AV, DEC, 0, "neutral"),
    P(GUN, "Jag har ingen hemtjänst, så för mig är det bara larmet. Och så en engångsavgift för installationen som jag inte visste om förrän fakturan kom.", AV, DEC, -1, "pain"),
    B(HAS, "Ja, den kom till mig också."),
    M(KARIN, "Då går vi vidare till när larmet kom. Hur var installationen?"),
    P(SIX, "Han som installerade var jättebra. Han visade två gånger hur man trycker och så ringde vi ett provlarm tillsammans. Han sa, du kan inte trycka fel, Sixten, det finns inget fel tryck.", IN, USE, 1, "praise"),
    P(GUN, "Det var nyckeln som var krånglet. De ville ha en nyckel till dörren, så att patrullen kan komma in. Jag har bara två. En har min dotter.", IN, USE, -1, "pain"),
    P(ELSY, "Jag fick en nyckelgömma på väggen bredvid dörren. En sån låda med kod. Grannarna frågade om jag hade börjat hyra ut på Airbnb.", IN, USE, 0, "neutral"),
    B(MAJ, "Airbnb!"),
    P(HAS, "Hos mig satte de ett digitalt lås. Ett sånt som öppnas med telefon. Jag var rädd att det inte skulle gå att låsa själv, men det går.", IN, USE, 0, "neutral"),
    P(RUNE, "Och så fick man vänta. Två veckor från brevet till teknikern. De sa det var brist på larm, att alla skulle bytas till digitala.", IN, USE, -1, "pain"),
    M(KARIN, "Har ni tryckt på larmet någon gång? Vad hände då?"),
    P(MAJ, "En natt i februari fick jag inte luft. Jag tryckte och det pep, och sen var det en röst i högtalaren. Hon frågade vad som hänt, och jag kunde knappt prata. Hon var lugn. Hon sa jag skickar någon, Majken.", LC, USE, 1, "praise"),
    M(KARIN, "Hur lång tid tog det innan någon kom?"),
    P(MAJ, "Fyrtio minuter. Fyrtio. Jag satt på sängkanten och räknade. Hon i högtalaren ringde tillbaka en gång och sa att de var på väg. Men fyrtio minuter när man inte får luft.", UT, USE, -1, "pain"),
    B(GUN, "Usch."),
    P(SIX, "Hos mig kom de på tio minuter. Men jag bor ju mitt i byn, tvärs över gatan från hemtjänsten.", UT, USE, 1, "praise"),
    P(ELSY, "Det är nätterna. På dagen är det hemtjänstgruppen som åker, och de är ju här. På natten är det en patrull för hela kommunen, två personer i en bil. Om de är i Norrby så är de i Norrby.", UT, USE, -1, "pain"),
    P(HAS, "Jag tryckte också en gång. Rösten frågade, och jag svarade, och hon förstod inte. Hon frågade igen, vad säger du, vad säger du. Jag blev stressad och då blir svenskan ännu sämre.", LC, USE, -1, "pain"),
    M(KARIN, "Vad hände sen, Hassan?"),
    P(HAS, "Hon ringde min son. Han pratade med henne och sen med mig på arabiska och sen med henne igen. Det tog lång tid. Men de kom till slut.", LC, USE, 0, "pain"),
    P(RUNE, "Jag har aldrig tryckt. Inte en enda gång. Jag tänker att det finns ju de som behöver det mer än jag, jag vill inte störa om det bara är lite yrsel.", VA, USE, 0, "neutral"),
    P(GUN, "Så var jag också i början. Jag låg på golvet i hallen i fyrtio minuter en gång, med larmet på armen, för att jag tänkte att jag tar mig upp själv.", VA, USE, -1, "pain"),
    B(SIX, "Men Gunvor då."),
    P(GUN, "Ja, jag vet. Nu trycker jag. Min dotter sa att det är därför vi betalar, mamma.", VA, USE, 0, "neutral"),
    M(KARIN, "Det där med att inte vilja störa, känner fler igen sig?"),
    P(ELSY, "Jag bär det inte alltid, om jag ska vara ärlig. Det är fult, och det sticker ut under blusen. Och när jag har fint besök så tar jag av det.", VA, USE, 0, "neutral"),
    P(MAJ, "Jag har det alltid på. Även i duschen, det tål vatten sa han. Det har blivit som en klocka.", VA, USE, 1, "praise"),
    M(KARIN, "Sixten, du sa att du har en fallsensor?"),
    P(SIX, "Ja, den går av när den tror att jag ramlat. Och den tror ofta att jag ramlat. När jag sätter mig för hårt i fåtöljen, när jag tar av mig stövlarna. Tre gånger första veckan.", TK, USE, -1, "pain"),
    B(RUNE, "Tre gånger."),
    P(SIX, "Och varje gång ringer de och frågar hur det är. Det är ju snällt. Men jag känner mig som en sån som ropar varg.", VA, USE, -1, "pain"),
    P(ELSY, "De sa till mig att det inte finns något som heter falsklarm. Det tyckte jag var fint sagt.", LC, USE, 1, "praise"),
    M(KARIN, "Är det någon som har larm som fungerar utanför hemmet, GPS-larm?"),
    P(MAJ, "Nej. Jag frågade. De sa att GPS-larm är för dem med demens, eller att man måste ha biståndsbeslut för det. Men det är ju ute jag blir andfådd. På promenaden.", TK, DEC, -1, "pain"),
    P(HAS, "Min son köpte en klocka själv, en smartklocka med larm. Den ringer honom. Inte kommunen.", TK, USE, 0, "neutral"),
    P(SIX, "Hade jag haft en sån på Ica-parkeringen så hade jag inte legat där.", TK, USE, -1, "suggestion"),
    M(KARIN, "Låt oss prata om tiden efter. Hur sköts larmet, batterier och sånt?"),
    P(ELSY, "I våras fick jag ett brev att mitt larm var analogt och skulle bytas till digitalt. Det kom en ny tekniker. Den nya dosan pratar med en annan röst. Men det tog tre veckor och under tiden visste jag inte om det gamla fungerade.", EF, FOLL, -1, "pain"),
    P(GUN, "Det piper ibland på natten. Då är det batteriet i armbandet, sa de. Men man måste ringa och säga till, och sen kommer de nån gång. Jag har lärt mig att inte ringa efter fem.", EF, FOLL, -1, "pain"),
    B(MAJ, "Det piper hos mig också, klockan tre på natten, alltid."),
    P(RUNE, "Ingen har frågat hur det fungerar. Inte en gång på ett år. Ingen uppföljning. Det är ju inte så att jag ringer och berättar att jag inte trycker.", EF, FOLL, -1, "pain"),
    P(ELSY, "Provlarmet, då. Man ska provlarma en gång i månaden, sa teknikern. Det gör jag den första. Då säger de i larmcentralen, tack Elsy, det fungerar. Det är nästan det enda samtalet jag har vissa veckor.", LC, FOLL, 0, "neutral"),
    B(GUN, "Ja."),
    M(KARIN, "Har någon av er klagat eller lämnat synpunkter?"),
    P(MAJ, "Ja, efter de där fyrtio minuterna skrev jag till kommunen. Jag fick ett brev tillbaka att de beklagar och att patrullen hade ett annat larm samtidigt. Sen inget mer.", EF, FOLL, -1, "pain"),
    P(HAS, "Min son ringde och sa att larmcentralen borde ha tolk. De sa att de har tolktjänst men att det tar tid. Han sa, det är ju då det inte finns tid.", LC, FOLL, -1, "pain"),
    M(KARIN, "Vad har larmet betytt för er, så här efteråt?"),
    P(GUN, "Att jag kan bo kvar. Utan larmet hade min dotter flyttat hem mig till henne, och jag vill inte bo i Västerås.", VA, USE, 1, "praise"),
    P(RUNE, "För mig är det mest för barnens skull. Men det är värt tvåhundrafemtio kronor att dottern sover.", AN, USE, 1, "praise"),
    P(MAJ, "Trygghet, det står ju i namnet. Men det är bara trygghet om någon kommer.", UT, USE, 0, "pain"),
    B(ELSY, "Det är det."),
    M(KARIN, "Om ni fick ändra en sak, vad skulle det vara?"),
    P(MAJ, "Fler bilar på natten. Eller att hemtjänsten i varje by har en nyckel och kan åka. Det är ju inte längre till mig från gruppen i Norrby än till centralen.", UT, USE, 0, "suggestion"),
    P(HAS, "Att de som svarar kan andra språk, eller att man kan välja språk på knappen. Vi är många gamla som inte pratar bra svenska.", LC, USE, 0, "suggestion"),
    P(MAJ, "Och GPS-larm för alla som vill, inte bara de med demens.", TK, DEC, 0, "suggestion"),
    P(GUN, "En broschyr på papper. Där det står vad det kostar och vem man ringer. Inte bara hemsidan.", VI, FIND, 0, "suggestion"),
    P(SIX, "Att de frågar efter ett tag hur det går. Fallsensorn borde de ställa om, men ingen har frågat.", EF, FOLL, 0, "suggestion"),
    P(ELSY, "Att de slutar byta röster och dosor på oss. Men det kan ni nog inte göra nåt åt.", EF, FOLL, 0, "suggestion"),
    P(RUNE, "Jag vet inte. Att man inte ska känna sig dum när man trycker. Det är väl det.", VA, USE, 0, "suggestion"),
    M(KARIN, "Tack, det här är precis det vi behöver höra. Är det något vi inte har pratat om?"),
    P(GUN, "Bara att handläggaren var snäll, ska ni veta. Även om det var många frågor.", AB, PROC, 1, "praise"),
    M(KARIN, "Då säger vi tack så mycket. Det finns kaffe kvar."),
    B(SIX, "Tack själv.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 2: fokusgrupp-2.csv. In person, Stadshuset (sammanträdesrum Ljungen), torsdag
# 13 november 2025, 18.00. Relatives. Recorded on a conference speakerphone into the
# kommun's own transcription tool (a script on Azure AI Speech conversation transcription):
# one CSV row per recognised phrase, SpeakerId Guest-1..Guest-6 in order of first speech,
# Offset and Duration in ticks (100 ns). The recogniser writes digits, no fillers.
# Guide starts in the present ("when did the alarm last go off?") and jumps back.
# ---------------------------------------------------------------------------
FG2 = [
    M(G1, "Välkomna. Jag heter Karin och jobbar på vård- och omsorgsförvaltningen. Ni är här som anhöriga till någon som har trygghetslarm, eller har haft. Vi börjar i nuet. När gick larmet senast hos er, och vad hände?"),
    P(G2, "Jag heter Lena. Pappa har demens och bor kvar i huset i Norrby. Senast var i söndags, han hade tryckt för att han inte hittade kaffet. Larmcentralen ringde mig efteråt och berättade. Det är 3 gånger den här veckan.", AN, USE, 0, "neutral"),
    P(G3, "Tomas. Mamma har haft larm i 1 år. Senast hon larmade var i augusti, hon hade ramlat i köket. Men det som var värst var innan hon hade larm.", BT, NEED, 0, "neutral"),
    M(G1, "Vill du berätta om det?"),
    P(G3, "Hon låg på golvet en hel natt. Hon hade ramlat vid 11 på kvällen och hemtjänsten hittade henne på morgonen när de kom med medicinen. Hon var nedkyld och hade kissat på sig. Hon skämdes mer för det än för höften.", BT, NEED, -1, "pain"),
    B(G5, "Åh nej."),
    P(G4, "Kjell. Min fru har Alzheimer. Hon har GPS-larm sedan i våras, efter att hon gick hemifrån en natt i mars och polisen hittade henne vid järnvägen. Senast larmet användes var i förra veckan, då var det jag som ringde och ville veta var hon var.", TK, USE, 0, "neutral"),
    P(G5, "Pirjo. Mamma hade larm i 3 år men flyttade till särskilt boende i september. Så för oss är larmet historia. Men jag har åsikter om hur det avslutades.", EF, FOLL, 0, "neutral"),
    B(G3, "Det låter lovande."),
    P(G6, "Farah. Jag är svärdotter, min svärfar bor ensam sedan min svärmor dog. Han har hjärtsvikt. Senast han larmade var i oktober, då kom ambulansen och inte patrullen, och det var rätt.", BT, NEED, 0, "neutral"),
    M(G1, "Tack. Kjell, du sa GPS-larm. Hur fungerar det i vardagen?"),
    P(G4, "Det är en klocka hon bär. Jag kan se på en karta i telefonen var hon är. Men den måste laddas varje natt och hon tar av den när hon tvättar sig, och sen hittar vi den inte. 2 gånger har den legat i tvättkorgen när hon gått ut.", TK, USE, -1, "pain"),
    P(G2, "Pappa har också GPS-larm, och han förstår inte att det är en telefon. Han tror att det är ett armbandsur som pratar. När larmcentralen pratar i den blir han rädd.", TK, USE, -1, "pain"),
    P(G4, "Och täckningen. Vi har en stuga vid sjön och där finns ingen mottagning. Då är larmet bara en klocka.", TK, USE, -1, "pain"),
    M(G1, "Om vi går tillbaka. Hur fick ni veta att trygghetslarm fanns?"),
    P(G5, "Jag googlade trygghetslarm Sörbyvik. Kommunens sida var okej faktiskt, det fanns ett telefonnummer och en länk till e-tjänsten. Men den sa ingenting om hur lång tid det tar.", VI, FIND, 0, "neutral"),
    P(G3, "Det var sjukhuset. När mamma skrevs ut efter höften sa en arbetsterapeut att vi borde söka trygghetslarm innan hon kom hem. Det var bra. Men då var det redan för sent för den natten.", VI, FIND, 0, "praise"),
    P(G6, "Vi visste ingenting. Min svärfar trodde att det kostade tusentals kronor, för i hans land är det privat. Det var en granne som sa att kommunen har det.", VI, FIND, -1, "pain"),
    P(G2, "För oss var det demenssjuksköterskan. Hon sa både trygghetslarm och GPS-larm, och att det var 2 olika ansökningar. Det visste ingen annan.", VI, FIND, 1, "praise"),
    M(G1, "Vem gjorde ansökan hos er?"),
    P(G5, "Jag gjorde den i e-tjänsten. Men jag fick logga in som mig, och sen skulle mamma signera med sitt bank-id. Hon har inget bank-id. Så jag fick skriva ut en fullmakt och åka upp till henne och få den underskriven och skicka den med post.", AB, APPLY, -1, "pain"),
    P(G4, "Jag ringde. Jag är gift med henne, så de pratade med mig. Det gick fort. Handläggaren kom hem 1 vecka senare.", AB, APPLY, 1, "praise"),
    P(G6, "Vi ringde också. När handläggaren kom på hembesök hade hon beställt tolk, men tolken var på telefon och svärfar hör dåligt. Så det blev jag som tolkade ändå, fast jag inte ska.", AB, PROC, -1, "pain"),
    B(G3, "Så är det alltid."),
    P(G3, "Mamma fick inget hembesök. Det var en telefonbedömning, för att hon var över 75. Jag tyckte det var konstigt, de visste ju inte hur huset ser ut, att badrummet ligger 1 trappa upp.", AB, PROC, -1, "pain"),
    M(G1, "Hur lång tid tog det från ansökan till att larmet var på plats?"),
    P(G5, "5 veckor. 5 veckor när hon hade ramlat 2 gånger. Vi ringde och frågade och fick höra att det var kö till installationen.", AB, PROC, -1, "pain"),
    P(G3, "För oss 2 veckor, och beslutet kom på 3 dagar. Snabbt. Det var väntan på teknikern som tog tid.", IN, USE, 0, "neutral"),
    P(G2, "GPS-larmet tog längre. Det var ett eget beslut, och det skulle prövas enligt socialtjänstlagen, och sen fick vi ett brev om att det var beviljat men att kommunen inte hade några klockor hemma.", AV, DEC, -1, "pain"),
    B(G4, "Samma för oss."),
    M(G1, "Vad tyckte ni om avgiften?"),
    P(G6, "250 kronor i månaden. Svärfar tyckte det var dyrt, men han betalar det. Det som var svårt var att förstå fakturan. Det stod omsorgsavgift och sen en siffra och inget om larm.", AV, DEC, -1, "pain"),
    P(G5, "Mamma hade hemtjänst också, så hon låg på maxtaxan ändå. Larmet kostade egentligen ingenting extra. Det borde de säga tydligare, för hon var orolig för pengarna hela tiden.", AV, DEC, 0, "suggestion"),
    P(G4, "GPS-larmet kostar 100 kronor extra. Jag betalar gärna. Det är billigt jämfört med polisen och en natt vid järnvägen.", AV, DEC, 1, "praise"),
    M(G1, "Nu hoppar jag lite. Vem står som kontaktperson hos er, vem ringer larmcentralen?"),
    P(G2, "Jag. Jag står först. Och jag bor 2 mil bort och jobbar i Gävle. Så när pappa trycker klockan 3 på natten för att han inte hittar kaffet, så ringer de mig och frågar om jag kan åka dit.", AN, USE, -1, "pain"),
    P(G3, "De frågade oss vilka som skulle stå som kontaktpersoner vid installationen. Ingen förklarade att det betyder att de ringer dig i stället för att skicka någon. Jag trodde att det var om något hade hänt.", AN, USE, -1, "pain"),
    M(G1, "Så ni fick intrycket att kontaktpersonen är ett första steg?"),
    P(G3, "Ja. Och det har de sagt också. Om det inte låter akut ringer de anhöriga först. Men jag bor i Uppsala.", AN, USE, -1, "pain"),
    P(G6, "Vi har skrivit in min man och mig och min svåger. 3 namn. Svärfar ville inte, han sa att han inte vill vara till besvär. Han trycker inte heller. Han låg en gång på golvet i badrummet med larmet på.", VA, USE, -1, "pain"),
    B(G3, "Precis som mamma."),
    M(G1, "Varför tror ni att de inte trycker?"),
    P(G6, "Stolthet. Och att han inte vill att någon ska se hur han har det hemma. Det är disk och tidningar.", VA, USE, 0, "neutral"),
    P(G2, "Pappa trycker för mycket i stället. Han trycker när han är ensam. Larmcentralen har varit väldigt snälla mot honom, de pratar med honom en stund. Jag tror att det är det han vill.", LC, USE, 1, "praise"),
    M(G1, "Hur har ni upplevt larmcentralen?"),
    P(G4, "Professionella. Men de sitter någon annanstans, i en annan kommun tror jag, och de vet inte var Björkvägen ligger. En gång skickade de patrullen till fel Björkväg.", LC, USE, -1, "pain"),
    B(G5, "Det finns 2 Björkvägar."),
    P(G4, "Det finns 2. Så det tog en timme innan någon kom.", UT, USE, -1, "pain"),
    P(G3, "De som kommer från patrullen är fantastiska. När mamma ramlade i augusti kom 2 tjejer på 20 minuter och lyfte upp henne med en lyftkudde och satt kvar och drack kaffe med henne. Det var inte deras jobb, men de gjorde det.", UT, USE, 1, "praise"),
    P(G5, "Mammas nattpatrull kom på 50 minuter en gång. Hon satt på toalettgolvet. De sa att de hade haft 4 larm samtidigt.", UT, USE, -1, "pain"),
    M(G1, "Hur var installationen och nyckeln hos er?"),
    P(G5, "Nyckeln var ett kapitel för sig. De ville ha 2 nycklar, 1 till hemtjänsten och 1 till nattpatrullen, och det gick inte att kopiera mammas lås för det var ett systemlås från hyresvärden. Det tog 3 veckor att få en ny nyckel från värden.", IN, USE, -1, "pain"),
    P(G2, "Vi fick digitalt lås. Teknikern sa att det var smidigt, men pappa låser med den gamla nyckeln inifrån, och då kommer patrullen inte in ändå. 1 gång fick de ringa mig för att låsa upp.", IN, USE, -1, "pain"),
    P(G3, "Provlarmet vid installationen var bra. Teknikern lät mamma trycka själv och prata med centralen. Hon var stolt efteråt, sa hon.", IN, USE, 1, "praise"),
    M(G1, "Pirjo, du sa att du hade åsikter om slutet."),
    P(G5, "Ja. När mamma flyttade till boendet skulle larmet lämnas tillbaka. Ingen sa hur. Jag ringde 3 olika nummer. Till slut kom det en man och hämtade det, 6 veckor efter flytten, och vi fick betala avgiften för oktober.", EF, FOLL, -1, "pain"),
    B(G6, "För ett larm som inte användes."),
    P(G5, "Och nyckeln. Den fick vi aldrig tillbaka. Det är en nyckel till en lägenhet som nu hyrs av någon annan.", EF, FOLL, -1, "pain"),
    M(G1, "Det är viktigt, tack. Har ni fått någon uppföljning medan larmet fanns?"),
    P(G4, "Nej. Ingen har frågat om GPS-larmet fungerar, om det är rätt storlek på området. Jag har själv ställt in zonen i appen.", EF, FOLL, -1, "pain"),
    P(G2, "Vi fick en enkät. Den kom till pappa och han förstod den inte. Så jag fyllde i den. Jag vet inte om någon läste den.", EF, FOLL, 0, "neutral"),
    P(G3, "I våras kom ett brev om att det analoga nätet stängs och att alla larm ska bytas. Mamma trodde att hon skulle bli av med larmet. Hon ringde mig 4 gånger den dagen.", EF, FOLL, -1, "pain"),
    P(G6, "Samma brev. Det var skrivet som ett myndighetsbrev, med paragrafer. Det hade räckt med en rad, vi kommer och byter din dosa, du behöver inte göra något.", EF, FOLL, 0, "suggestion"),
    M(G1, "Hur påverkar larmet er själva, som anhöriga?"),
    P(G2, "Jag sover med telefonen på. Det har jag gjort i 2 år. Larmet gör pappa tryggare, men jag vet inte om det gör mig tryggare.", AN, USE, -1, "pain"),
    P(G4, "För mig är GPS:en skillnaden mellan att hon bor hemma och att hon inte gör det. Jag kan gå till affären. Det kunde jag inte förut.", TK, USE, 1, "praise"),
    P(G3, "Jag ringde mamma varje morgon klockan 8 innan. Nu ringer jag klockan 9. Det låter som ingenting, men det är skillnad.", AN, USE, 1, "praise"),
    B(G5, "Det förstår jag."),
    P(G6, "För oss är det att vi inte behöver åka dit varje kväll. Men vi gör det ändå, för han trycker ju inte.", AN, USE, 0, "neutral"),
    M(G1, "Om ni fick ge kommunen ett råd?"),
    P(G3, "Förklara vad kontaktperson betyder. Innan man skriver upp sig.", AN, USE, 0, "suggestion"),
    P(G5, "En sida, ett nummer, för att avsluta. Och sluta ta betalt när larmet står i en låda.", EF, FOLL, -1, "suggestion"),
    P(G2, "Att nattpatrullen kan åka till pappa även när det inte är akut. Han behöver någon. Inte mig klockan 3 varje natt.", UT, USE, 0, "suggestion"),
    P(G4, "Mottagning vid sjön kan ni inte fixa. Men en laddare som han klarar av, en sån man ställer klockan i.", TK, USE, 0, "suggestion"),
    P(G6, "Tolk på riktigt vid hembesöket, inte på telefon. Och att någon frågar om han faktiskt trycker.", AB, PROC, 0, "suggestion"),
    M(G1, "Tack, allihop. Finns det något mer?"),
    P(G3, "Bara att när det fungerar, så fungerar det. Mamma har bott hemma ett år till tack vare larmet. Det ska de veta.", VA, USE, 1, "praise"),
    B(G2, "Håller med."),
    M(G1, "Då avslutar vi där. Tack för att ni kom en torsdagskväll."),
    B(G4, "Tack för att ni frågar.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 3: intervju-1.xlsx. Staff: a biståndshandläggare, in her office at
# Stadshuset, måndag 17 november 2025, 09.00. Recorded in Teams (alone in the room) and
# typed by Emma Nordin into her Excel template: time as a HYPERLINK to that moment of the
# recording on SharePoint, Person from a drop-down list, guide parts as merged rows, each
# part's rows grouped (outline), part 5 collapsed.
# ---------------------------------------------------------------------------
INT1 = [
    M(EN_I, "Tack för att du tar dig tid. Kan du börja med att berätta vad du gör?", part="Del 1 – Om dig och ditt arbete"),
    P(BH, "Jag är biståndshandläggare för äldre, har varit det i nio år här i Sörbyvik. Jag har ungefär nittio ärenden, och trygghetslarm är nog det vanligaste jag handlägger, i antal. Det är ofta det första en person får av oss.", AB, PROC, 0, "neutral"),
    M(EN_I, "Det första, hur menar du då?"),
    P(BH, "Att larmet är dörren in. Man söker larm efter ett fall, och sen ett år senare är det hemtjänst, och sen är det korttids. Så när jag gör en larmbedömning tänker jag alltid lite framåt.", BT, NEED, 0, "neutral"),
    M(EN_I, "Vad är det som gör att folk söker?", part="Del 2 – Behovet och vägen in"),
    P(BH, "Fall, oftast. Eller att maken eller makan har dött, och då finns ingen som märker om något händer. Och anhöriga som är oroliga, det är väldigt vanligt att det är en dotter som ringer, inte personen själv.", BT, NEED, 0, "neutral"),
    M(EN_I, "Hur hittar de till er?"),
    P(BH, "Kontaktcenter, distriktssköterskan, sjukhusets utskrivningsplanering. Och träffpunkterna, när vi har varit ute och informerat så kommer det en våg av ansökningar veckan efter. Det är nästan det bästa vi gör.", VI, FIND, 1, "praise"),
    P(BH, "Hemsidan är inte bra. Jag vet det. Där står serviceinsats och biståndsbeslut om vartannat, och det är vi själva som inte har bestämt oss för hur vi ska förklara det.", VI, FIND, -1, "pain"),
    M(EN_I, "Kan du förklara det, skillnaden?", part="Del 3 – Ansökan och bedömning"),
    P(BH, "Sedan förra året är trygghetslarm en serviceinsats för den som fyllt sjuttiofem. Det betyder att man inte behöver ett biståndsbeslut, man ansöker och får det utan utredning. Under sjuttiofem gör vi en vanlig bedömning enligt socialtjänstlagen.", AV, DEC, 0, "neutral"),
    M(EN_I, "Men vissa över sjuttiofem får ändå hembesök?"),
    P(BH, "Ja, och det är där det blir rörigt. Om det samtidigt finns en fråga om hemtjänst eller om GPS-larm, då gör vi en utredning ändå, och då åker vi hem. Så personen tror att hon söker en knapp och får en timmes samtal om dusch.", AB, PROC, -1, "pain"),
    M(EN_I, "Hur kommer ansökningarna in?"),
    P(BH, "Hälften via e-tjänsten, hälften via telefon. E-tjänsten kräver bank-id för den som söker, och det har många av våra äldre inte. Då blir det fullmakter, papper och post. Det är ett ständigt problem.", AB, APPLY, -1, "pain"),
    P(BH, "Och när en anhörig fyller i åt någon så vet vi inte alltid om personen själv vill. Jag har varit hemma hos folk som inte visste att de hade sökt larm.", AN, APPLY, -1, "pain"),
    M(EN_I, "Hur lång tid tar det, från ansökan till larm?", part="Del 4 – Beslut, avgift och installation"),
    P(BH, "Beslutet kan jag ofta fatta på några dagar. Sen beställer jag installation hos larmenheten, och där har det varit kö i år, tre till fem veckor, på grund av bytet till digitala larm.", IN, USE, -1, "pain"),
    M(EN_I, "Hur förklarar du avgiften?"),
    P(BH, "Jag säger tvåhundrafemtio kronor i månaden och att det ingår i maxtaxan. Men jag ser att det inte går in. Folk hör tvåhundrafemtio och slutar lyssna. Och engångsavgiften för installationen glömmer jag ibland att säga, det ska jag erkänna.", AV, DEC, 0, "neutral"),
    M(EN_I, "Och nyckelfrågan?"),
    P(BH, "Nyckeln är det svåraste. Vi måste kunna komma in, annars är larmet meningslöst. Men att lämna sin nyckel till kommunen är en stor sak för många. Nyckelgömmor hjälper, digitala lås hjälper, men på landet, i gamla hus med gamla lås, där blir det krångligt.", IN, USE, 0, "neutral"),
    M(EN_I, "Vad vet du om hur det fungerar sen, när larmet är på plats?", part="Del 5 – När larmet används"),
    P(BH, "Det jag hör är två saker. Folk som inte trycker fast de borde, och folk som trycker varje dag för att de är ensamma. Larmet löser egentligen inte ensamhet, men ibland blir det så.", VA, USE, 0, "neutral"),
    P(BH, "Och väntetiderna på natten. Vi har en nattpatrull för hela kommunen. Om de är i Norrby och det larmar i Sörby kyrkby så tar det tid. Det vet alla, men det står inte i något beslut.", UT, USE, -1, "pain"),
    M(EN_I, "Hur är samarbetet med larmcentralen?"),
    P(BH, "Larmcentralen är upphandlad, de sitter i en annan stad. De är duktiga på att svara. Men de känner inte till vår geografi, och det har blivit fel ibland. Och de har inte alltid rätt kontaktpersoner, för det uppdateras inte när anhöriga flyttar.", LC, USE, 0, "pain"),
    M(EN_I, "Och GPS-larmen?"),
    P(BH, "Där gör vi alltid en bedömning, för det är en annan sak att kunna se var någon är. Det är integritet. Vi beviljar framför allt vid demens. Det är sant att det är fler som skulle vilja ha det, KOL, hjärtsvikt, men där har vi inte riktlinjer.", TK, DEC, 0, "neutral"),
    P(BH, "Fallsensorerna är ett kapitel. Många falsklarm första veckorna, och ingen ställer om dem, för det är inte mitt uppdrag och inte larmcentralens. Det faller mellan stolarna.", TK, USE, -1, "pain"),
    M(EN_I, "Vad händer när larmet ska avslutas?", part="Del 6 – Efteråt"),
    P(BH, "När någon flyttar till särskilt boende ska larmet avslutas, och då ska anhöriga lämna tillbaka det. Det är inte tydligt vem som gör vad, och avgiften går ibland en månad för länge. Det får jag höra om.", EF, FOLL, -1, "pain"),
    P(BH, "Och vi följer nästan aldrig upp serviceinsatserna. Ett larm utan biståndsbeslut har ingen uppföljning i systemet. Så den som fick larm för tre år sen och nu inte klarar att trycka, henne vet vi inget om.", EF, FOLL, -1, "pain"),
    M(EN_I, "Hur hanteras klagomål?"),
    P(BH, "De går till kommunens synpunktshantering. Jag ser dem sällan. Det är ett problem i sig, för jag skulle vilja veta när det har tagit fyrtio minuter.", EF, FOLL, -1, "pain"),
    M(EN_I, "Om du fick bestämma, vad skulle du ändra?", part="Del 7 – Förslag"),
    P(BH, "En enkel uppföljning efter en månad, ett samtal. Fungerar knappen, bär du den, vet dina anhöriga vad kontaktperson betyder.", EF, FOLL, 0, "suggestion"),
    P(BH, "Och en text på hemsidan som en nittioåring förstår. Trygghetslarm, så här söker du, så här mycket kostar det, så här lång tid tar det.", VI, FIND, 0, "suggestion"),
    M(EN_I, "Något du vill tillägga?"),
    P(BH, "Att larmet fungerar, för de allra flesta. Det är en av få insatser där folk ringer och tackar. Det glömmer man när man bara pratar om problemen.", VA, USE, 1, "praise"),
    M(EN_I, "Tack så mycket."),
    B(BH, "Tack själv, det var skönt att prata om det.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 4: intervju-2.md. An older woman living alone, at her home in Sörby kyrkby,
# onsdag 19 november 2025. Typed by the research assistant from the recording in her
# own Markdown, as a pandoc definition list: the speaker as the term, the turn after
# ":   ", a second paragraph indented four spaces. Front matter and a note above.
# ---------------------------------------------------------------------------
INT2 = [
    M(INTV, "Berätta gärna lite om dig själv först, Signe."),
    P(SIGNE, "Jag är åttioåtta och har bott i det här huset sedan nittonhundrasextiofem. Min man Holger dog för fyra år sen. Jag har två barn, en i Stockholm och en i Kiruna. Så det är jag och katten.", BT, NEED, 0, "neutral"),
    M(INTV, "Hur kom det sig att du fick trygghetslarm?"),
    P(SIGNE, "Jag låg på golvet en natt. I sovrummet, mellan sängen och byrån. Jag skulle upp och kissa och så vek sig benet. Jag kom inte upp. Telefonen låg i köket.", BT, NEED, -1, "pain", extra="Det blev morgon. Jag pratade med katten hela natten, hon låg bredvid mig. Det var hemtjänsten, nej förresten, jag hade ingen hemtjänst då. Det var grannen som undrade varför persiennerna inte var uppe."),
    M(INTV, "Grannen såg att persiennerna var nere?"),
    P(SIGNE, "Ja, Birgit. Hon har en nyckel. Hon kom in och ringde ambulansen. Sen sa de på sjukhuset att jag borde ha larm.", VI, FIND, 1, "praise"),
    M(INTV, "Visste du om att det fanns innan dess?"),
    P(SIGNE, "Jo, jag hade hört talas om det. Men jag trodde att det var för de riktigt gamla. Det säger man ju, fast man är åttioåtta.", VI, FIND, 0, "neutral"),
    M(INTV, "Hur gick ansökan till?"),
    P(SIGNE, "Sonen i Stockholm gjorde det på datorn. Han fick hålla på i flera kvällar för att han inte fick logga in åt mig. Till slut ringde han handläggaren och då gick det på ett kick.", AB, APPLY, 0, "pain"),
    M(INTV, "Kom det någon hem till dig?"),
    P(SIGNE, "Nej, hon ringde mig och frågade några saker. Hur jag tar mig runt, om jag har trappor. Det var ett trevligt samtal. Jag tyckte inte att det behövdes något mer.", AB, PROC, 1, "praise"),
    M(INTV, "Och beslutet, hur kom det?"),
    P(SIGNE, "Det kom ett brev efter en vecka. Det stod att jag fick trygghetslarm som serviceinsats. Jag fick slå upp vad det var. Och avgiften, den stod längst ner.", AV, DEC, 0, "neutral"),
    M(INTV, "Vad tyckte du om avgiften?"),
    P(SIGNE, "Tvåhundrafemtio kronor. Det är mycket för mig. Men Holger skulle ha sagt att det är billigare än en natt på golvet.", AV, DEC, 0, "neutral"),
    M(INTV, "Hur var det när larmet installerades?"),
    P(SIGNE, "Det var en ung man, väldigt trevlig. Han satte upp dosan i hallen och gav mig armbandet och en sån där sak som sitter på bältet, en fallsensor. Vi provade. Han ringde själv till larmcentralen och sa nu trycker Signe, och så tryckte jag.", IN, USE, 1, "praise"),
    M(INTV, "Och nyckeln?"),
    P(SIGNE, "Birgit har ju en. Men de ville ha en egen. Så det blev en nyckelgömma vid dörren. Jag tycker inte om den. Alla som går förbi ser att här bor en gammal människa ensam.", IN, USE, -1, "pain"),
    M(INTV, "Hur har det varit att ha larmet?"),
    P(SIGNE, "Fallsensorn går av när jag sätter mig i bilen hos sonen. Och när jag tappar den i golvet. Första veckan hände det fyra gånger. Jag trodde de skulle ta ifrån mig larmet.", TK, USE, -1, "pain"),
    M(INTV, "Vad sa de på larmcentralen då?"),
    P(SIGNE, "De var snälla. De sa, det är bättre att det går en gång för mycket. Men man skäms ändå. Jag sa förlåt förlåt varje gång.", VA, USE, 0, "neutral"),
    M(INTV, "Har du behövt trycka på riktigt?"),
    P(SIGNE, "En gång. I april. Jag blev yr i badrummet och satte mig på golvet. Jag tryckte. Det tog nästan en timme innan de kom. Det var natt.", UT, USE, -1, "pain"),
    M(INTV, "En timme. Hur var det?"),
    P(SIGNE, "Jag frös. Men jag visste att de skulle komma. Det är skillnaden mot förra gången. Då visste jag ingenting.", VA, USE, 1, "praise"),
    M(INTV, "Och de som kom?"),
    P(SIGNE, "Två flickor från nattpatrullen. De hjälpte mig upp och satte mig i sängen och kollade blodtrycket. De bad om ursäkt för att det tog tid. Det var inte deras fel.", UT, USE, 1, "praise"),
    M(INTV, "Har något ändrats med larmet sedan dess?"),
    P(SIGNE, "I somras fick jag brev om att telefonnätet skulle bytas och att min dosa inte skulle fungera. Jag blev så rädd. Jag ringde larmcentralen och de visste inget. Jag ringde kommunen och fick lämna meddelande.", EF, FOLL, -1, "pain"),
    M(INTV, "Vad hände sen?"),
    P(SIGNE, "Det kom en ny tekniker i september. Han bytte allt på tio minuter. Sen dess har jag ingen fast telefon alls, det har sonen sagt upp.", EF, FOLL, 0, "neutral"),
    M(INTV, "Har någon från kommunen frågat hur det fungerar?"),
    P(SIGNE, "Nej. Ingen. Jo, larmcentralen när jag provlarmar. Men ingen från kommunen.", EF, FOLL, -1, "pain"),
    M(INTV, "Hur ser du på framtiden med larmet?"),
    P(SIGNE, "Barnen pratar om boende. Jag vill inte. Så länge jag har larmet och Birgit så säger jag att jag klarar mig.", VA, USE, 0, "neutral"),
    M(INTV, "Är det något du önskar var annorlunda?"),
    P(SIGNE, "Att fallsensorn inte var så känslig. Och att någon kom en gång och frågade hur jag har det. Inte bara när det har hänt något.", EF, FOLL, 0, "suggestion"),
    M(INTV, "Tack, Signe."),
    B(SIGNE, "Tack själv. Vill du ha en kaka till?", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 5: intervju-3.txt. A deaf man with epilepsy, 54, by Zoom, fredag 21 november
# 2025, 10.00. The booked sign-language interpreter was ill; he chose to do the interview
# in Zoom's chat instead, with the video on. Emma saved the chat: Zoom's meeting_saved_chat
# .txt, "hh:mm:ss From Name to Everyone:" and the message on the next line(s), each
# indented by a tab; one person's run of messages is one turn; one reaction line.
# ---------------------------------------------------------------------------
INT3 = [
    M(EMMA, "Hej Mikael! Tack för att vi kan köra i chatten i stället. Skriv i din egen takt. Kan du börja med att berätta lite om dig?"),
    P(MIKAEL, "Hej. Jag är 54, döv sen födseln, bor ensam i lägenhet i centrum. Jag har epilepsi också, sen 10 år. Anfall ca en gång i månaden, oftast på natten.", BT, NEED, 0, "neutral", msgs=2),
    M(EMMA, "Hur kom det sig att du skaffade trygghetslarm?"),
    P(MIKAEL, "Jag fick ett anfall i duschen för 3 år sen och slog huvudet. Låg där tills min bror kom på kvällen. Han tjatade sen. Och min neurolog också.", BT, NEED, -1, "pain", msgs=2),
    M(EMMA, "Hur fick du veta hur man söker?"),
    P(MIKAEL, "Dövföreningen. Vi hade en träff om hjälpmedel och någon visade larm med blixtljus. Kommunens sida sa inget om döva, bara att man pratar med larmcentralen.", VI, FIND, 0, "neutral", msgs=2),
    M(EMMA, "Hur gick ansökan?"),
    P(MIKAEL, "E-tjänsten var bra för mig, jag har bank-id. Men det fanns ingen ruta för att skriva att jag är döv. Så jag skrev det i övrigt. Ingen läste det tror jag.", AB, APPLY, -1, "pain", msgs=2),
    M(EMMA, "Hur menar du att ingen läste det?"),
    P(MIKAEL, "Handläggaren ringde mig. På telefon. Jag kan inte ringa. Jag såg 3 missade samtal. Till slut mejlade min bror henne.", AB, PROC, -1, "pain", msgs=2),
    M(EMMA, "Åh. Hur blev det sen, med bedömningen?"),
    P(MIKAEL, "Hon kom hem med teckenspråkstolk. Det var bra, det ska hon ha cred för. Hon förstod direkt att larmet måste vara annorlunda för mig.", AB, PROC, 1, "praise", msgs=1),
    M(EMMA, "Vad blev beslutet?"),
    P(MIKAEL, "Trygghetslarm. Men inte GPS-larm först. Jag är ju under 75 så det var biståndsbeslut. De sa GPS-larm är för demens. Jag överklagade inte men jag skrev och förklarade att mina anfall kommer ute också. Då fick jag det efter 2 månader.", AV, DEC, 0, "pain", msgs=3),
    M(EMMA, "Hur var installationen?"),
    P(MIKAEL, "Teknikern visste inte att jag var döv. Han började prata, jag visade min telefon där jag skrivit. Han var snäll men han hade bara vanligt larm med högtalare. Provlarmet funkade ju inte, jag hörde inget.", IN, USE, -1, "pain", msgs=2),
    M(EMMA, "Så det första larmet var ett vanligt larm med röst?"),
    P(MIKAEL, "Ja. I 5 veckor. Sen kom en ny dosa med blixtljus och en display som visar att larmet är mottaget. Och en vibrator under kudden.", TK, USE, 0, "neutral", msgs=1),
    M(EMMA, "Vad händer när du trycker?"),
    P(MIKAEL, "Larmcentralen pratar i högtalaren. Jag hör inte. De får inget svar. Så de skickar patrullen varje gång. Det är ju bra om det är anfall. Men om jag har tryckt fel får patrullen åka för ingenting.", LC, USE, 0, "pain", msgs=2),
    M(EMMA, "Finns det något sätt för dig att svara dem?"),
    P(MIKAEL, "Nej. Jag frågade om sms. De sa att systemet inte klarar det. 2025!", LC, USE, -1, "pain", msgs=2),
    M(EMMA, "Hur är det när patrullen kommer?"),
    P(MIKAEL, "Olika. En del skriver på telefonen med mig. En del pratar högt och långsamt. En gång kom en som kunde lite teckenspråk, det var som jul.", UT, USE, 1, "praise", msgs=2),
    M(EMMA, "Hur lång tid brukar det ta?"),
    P(MIKAEL, "15 till 30 min. Efter ett anfall vet jag inte riktigt, jag är förvirrad. Men de har kommit varje gång.", UT, USE, 1, "praise", msgs=1),
    M(EMMA, "Och GPS-larmet, hur fungerar det?"),
    P(MIKAEL, "Det har ett fallalarm som går igång vid anfall. Det är bra. Men när det går igång ute ringer de också. Jag kan inte svara. Så de ringer min bror. Han jobbar i Gävle.", TK, USE, 0, "pain", msgs=2),
    M(EMMA, "Din bror är kontaktperson?"),
    P(MIKAEL, "Ja, han och hans fru. De är mina öron säger han. Men det är inte rättvist mot dem.", AN, USE, -1, "pain", msgs=1),
    M(EMMA, "Det förstår jag. Har du lämnat synpunkter någon gång?"),
    P(MIKAEL, "Ja. Jag skrev i kommunens synpunktsformulär att larmcentralen borde kunna ta emot text. Jag fick svar efter 6 veckor att de tar med det i nästa upphandling.", EF, FOLL, -1, "pain", msgs=2),
    M(EMMA, "Har något förändrats efter bytet till digitala larm?"),
    P(MIKAEL, "Mitt larm var digitalt från början. Men batteriet i GPS-klockan räcker bara 1 dygn. Om jag glömmer ladda har jag inget larm ute. Ingen påminner.", EF, FOLL, -1, "pain", msgs=2),
    M(EMMA, "Vad betyder larmet för dig?"),
    P(MIKAEL, "Att jag kan bo själv. Att jag kan gå ut och gå. Innan larmet gick jag bara ut med någon.", VA, USE, 1, "praise", msgs=1),
    M(EMMA, "Om du fick ändra en sak?"),
    P(MIKAEL, "Text till larmcentralen. Eller bildtelefon. Alla döva i Sverige har samma problem.", LC, USE, 0, "suggestion", msgs=1),
    P(MIKAEL, "Och att e-tjänsten frågar om man behöver tolk eller inte kan ringa. En enkel ruta.", AB, APPLY, 0, "suggestion", msgs=1),
    M(EMMA, "Tack, det här var väldigt värdefullt. Något mer?"),
    B(MIKAEL, "Nej. Tack för att ni frågar döva. Det gör ingen annars. Hej!", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 6: intervju-4.docx. A couple at home in Norrby, måndag 24 november 2025.
# Karin Holm typed the interview into Excel, one row per paragraph; for a coding
# workshop she ran Word's mail merge (Koppla dokument, Katalog) on the sheet: each row a
# block "Rad n" (bold), "Talare: …", "Tid: …", the words, an empty paragraph. A long turn
# is two rows, so two blocks of one speaker.
# ---------------------------------------------------------------------------
INT4 = [
    M(INTV4, "Tack för att jag fick komma hem till er. Kan ni berätta lite om er själva?"),
    P(GUNNAR, "Gunnar, åttiotvå. Jag har Parkinson sedan sju år. Vi har bott här i Norrby i femtio år.", BT, NEED, 0, "neutral"),
    P(BRITT, "Britt, sjuttionio. Och det är jag som är hans hemtjänst, brukar jag säga.", AN, NEED, 0, "neutral"),
    M(INTV4, "Hur kom det sig att ni skaffade trygghetslarm?"),
    P(GUNNAR, "Jag föll i trappan till källaren. Britt var på syjuntan. Jag låg där i två timmar.", BT, NEED, -1, "pain"),
    P(BRITT, "Och sen vågade jag inte gå hemifrån. Inte ens till affären. Det var egentligen för min skull vi sökte.", BT, NEED, -1, "pain"),
    M(INTV4, "Hur fick ni veta om larmet?"),
    P(BRITT, "Parkinsonsköterskan på vårdcentralen. Hon gav oss en lapp med numret. Jag ringde samma dag.", VI, FIND, 1, "praise"),
    M(INTV4, "Och hur gick det?"),
    P(BRITT, "Handläggaren kom hem efter en vecka. Hon var grundlig. Hon frågade Gunnar om allt och mig om nästan ingenting, fast det är jag som gör allt.", AB, PROC, -1, "pain"),
    P(GUNNAR, "Hon var trevlig, Britt.", AB, PROC, 1, "praise"),
    P(BRITT, "Hon var trevlig. Men jag är också en människa i det här huset.", AN, PROC, -1, "pain"),
    M(INTV4, "Vad blev beslutet?"),
    P(GUNNAR, "Att jag fick larm. Och Britt fick inget, för det var jag som sökte.", AV, DEC, 0, "neutral"),
    P(BRITT, "Och sen opererade jag höften i våras, och då fick jag söka en egen knapp. En ny ansökan, ett nytt samtal, ett nytt beslut. Till samma dosa.", AB, APPLY, -1, "pain"),
    M(INTV4, "Hur blev det med avgiften när ni har två knappar?"),
    P(BRITT, "Det visste ingen. Först kom två fakturor. Tvåhundrafemtio var. Sen ringde jag och då sa de att det är per hushåll, och att vi skulle få pengarna tillbaka. Det tog tre månader.", AV, DEC, -1, "pain"),
    B(GUNNAR, "Tre månader, ja."),
    M(INTV4, "Hur var installationen?"),
    P(GUNNAR, "Teknikern var bra. Han satte dosan vid telefonjacket och visade hur man trycker. Det är svårt för mig med skakningarna, så han ställde in att man kan trycka länge i stället för hårt.", IN, USE, 1, "praise"),
    P(BRITT, "Nyckeln lämnade vi till hemtjänsten. Vi har ingen hemtjänst, men det är dit de skickar den. Vi fick ett kvitto. Jag har det i pärmen.", IN, USE, 0, "neutral"),
    M(INTV4, "Har ni behövt larma?"),
    P(GUNNAR, "Fyra gånger. Tre gånger har jag ramlat och Britt kan inte lyfta mig. En gång var det fel.", VA, USE, 0, "neutral"),
    P(BRITT, "Det är det som är det fina. Att jag inte behöver lyfta. Förut ringde jag grannen, han är åttiofem.", VA, USE, 1, "praise"),
    M(INTV4, "Hur lång tid tar det innan någon kommer?"),
    P(GUNNAR, "På dagen en kvart. En gång på natten var det över en timme. Jag låg på golvet i sovrummet och Britt satt bredvid med en filt.", UT, USE, -1, "pain"),
    P(BRITT, "De ringde från larmcentralen två gånger och frågade om han andades. Jag sa, ja, han andas, han ligger bara på golvet och fryser. De sa att patrullen hade ett annat larm i Sörby kyrkby.", LC, USE, -1, "pain"),
    M(INTV4, "Hur var det att prata med larmcentralen?"),
    P(GUNNAR, "Jag pratar tyst, det gör Parkinson. De hör inte vad jag säger. Så det är alltid Britt som pratar.", LC, USE, -1, "pain"),
    P(BRITT, "Och när jag inte är hemma, då vet jag inte. Det är det jag tänker på när jag sitter på syjuntan. Att han trycker och ingen förstår honom.", AN, USE, -1, "pain"),
    M(INTV4, "Har ni pratat med någon om det?"),
    P(BRITT, "Jag sa det till teknikern när de bytte till den digitala dosan i somras. Han sa att det finns en starkare mikrofon men att kommunen måste beställa den. Jag har inte hört något sen.", EF, FOLL, -1, "pain"),
    M(INTV4, "Hur gick bytet till den digitala dosan?"),
    P(GUNNAR, "Det gick bra. En kvart. Men det kom tre brev innan, och det första sa att vi skulle kontakta vår telefonoperatör. Vi har ingen operatör, vi har Telia sen sextiotalet.", EF, FOLL, -1, "pain"),
    B(BRITT, "Ja, det är sant."),
    M(INTV4, "Har någon följt upp hur larmet fungerar för er?"),
    P(BRITT, "Nej. Om inte jag ringer så händer ingenting. Jag skulle vilja att någon frågade mig hur jag orkar. Larmet är ju lika mycket för mig.", AN, FOLL, -1, "pain"),
    M(INTV4, "Vad betyder larmet för er?"),
    P(GUNNAR, "Att vi kan bo kvar tillsammans. Inte på två olika ställen.", VA, USE, 1, "praise"),
    P(BRITT, "Och att jag kan gå till syjuntan. Med telefonen i handen, men ändå.", VA, USE, 1, "praise"),
    M(INTV4, "Om ni fick ändra en sak?"),
    P(BRITT, "Ett larm för hushållet, inte för en person. Vi bor ju här båda två.", AV, DEC, 0, "suggestion"),
    P(GUNNAR, "Och att de som svarar lär sig vänta. Jag behöver lite tid att få fram orden.", LC, USE, 0, "suggestion"),
    M(INTV4, "Tack så mycket, båda två."),
    B(BRITT, "Tack för att du lyssnade på mig också.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 7: intervju-5.srt. A night-patrol worker (hemtjänsten's larmpatrull),
# filmed in the patrol car park by the kommun's communicator for the web page about
# trygghetslarm (onsdag 26 november 2025). Subtitled in Swedish for accessibility by a
# subtitler: no names, the interviewer off camera in italics (the Swedish convention for
# a voice that is not in the picture); two lines of at most 42 characters.
# ---------------------------------------------------------------------------
INT5 = [
    M(ITAL, "Vad gör du på jobbet?"),
    P(UNK, "Jag jobbar i nattpatrullen, hemtjänsten. Vi är två i bilen från tio på kvällen till sju på morgonen, och vi tar alla trygghetslarm i hela kommunen.", UT, USE, 0, "neutral"),
    M(ITAL, "Hela kommunen?"),
    P(UNK, "Hela. Från Norrby till Sörby kyrkby. Det är sex mil mellan de yttersta. Så om vi är i ena änden och det larmar i andra, då tar det tid. Det går inte att komma ifrån.", UT, USE, -1, "pain"),
    M(ITAL, "Hur många larm blir det en natt?"),
    P(UNK, "Mellan fem och femton. Mest fall. Någon som har ramlat på väg till toaletten. Men också de som är oroliga, som har vaknat och inte vet var de är.", BT, USE, 0, "neutral"),
    M(ITAL, "Vad händer när någon trycker?"),
    P(UNK, "Larmcentralen svarar först och pratar med personen. Om de inte får svar, eller om det är ett fall, så ringer de oss. Vi får adressen och vad de vet i telefonen.", LC, USE, 0, "neutral"),
    M(ITAL, "Och sedan?"),
    P(UNK, "Sen åker vi. Vi hämtar nyckeln i nyckelskåpet på kontoret om de inte har nyckelgömma eller digitalt lås. Det är där tiden går, ärligt talat. Att åka och hämta en nyckel.", IN, USE, -1, "pain"),
    M(ITAL, "Så nyckelgömmor gör skillnad?"),
    P(UNK, "Jättestor. Med digitalt lås öppnar vi med telefonen. Men vissa låser med vredet inifrån ändå, och då står vi där.", IN, USE, 0, "neutral"),
    M(ITAL, "Hur är det när ni kommer fram?"),
    P(UNK, "Ofta ligger de på golvet. Vi har en lyftkudde, så vi kan få upp dem utan att skada ryggen. Och sen sitter vi en stund. Man kan inte bara gå.", UT, USE, 1, "praise"),
    M(ITAL, "Även om nästa larm väntar?"),
    P(UNK, "Det är det svåra. Man vet att någon annan väntar. Men den man har framför sig är rädd. Man får välja, varje natt.", UT, USE, -1, "pain"),
    M(ITAL, "Hur ofta är det falsklarm?"),
    P(UNK, "Vi säger inte falsklarm. Det finns inga falsklarm. Det finns de som tryckt av misstag, och de som trycker för att de är ensamma. Båda är på riktigt.", VA, USE, 0, "neutral"),
    M(ITAL, "Vad tänker du om dem som inte trycker?"),
    P(UNK, "Det är de jag oroar mig för. Vi hittar folk på morgonen som har legat hela natten med larmet på armen. De ville inte störa, säger de. Det gör ont i mig.", VA, USE, -1, "pain"),
    M(ITAL, "Hur fungerar tekniken?"),
    P(UNK, "De nya digitala är bättre. Förut tappade de gamla kontakten när telefonen var ur. Men fallsensorerna larmar mycket i onödan, och då åker vi till någon som sitter och tittar på tv.", TK, USE, 0, "neutral"),
    M(ITAL, "Och GPS-larmen?"),
    P(UNK, "Där har vi haft nätter när vi letat i skogen med ficklampa efter en karta i telefonen som visar fel med hundra meter. Men vi har hittat alla. Varenda en.", TK, USE, 0, "neutral"),
    M(ITAL, "Hur är det med larmcentralen?"),
    P(UNK, "De är bra. Men de sitter långt bort. Ibland skickar de oss till fel adress för att det finns två gator med samma namn. Vi har bett dem lägga in byanamnen.", LC, USE, -1, "pain"),
    M(ITAL, "Vad skulle göra ert jobb lättare?"),
    P(UNK, "En bil till. Det är det enkla svaret. Eller att hemtjänstgrupperna i byarna har en person på natten som kan åka de korta larmen.", UT, USE, 0, "suggestion"),
    P(UNK, "Och att nycklarna finns där vi är. Inte på kontoret i centrum.", IN, USE, 0, "suggestion"),
    M(ITAL, "Vad vill du säga till den som funderar på att skaffa larm?"),
    P(UNK, "Skaffa det. Och tryck. Vi kommer. Det kan ta en stund, men vi kommer.", VA, USE, 1, "praise"),
    M(ITAL, "Tack."),
    B(UNK, "Tack själv. Nu måste jag åka."),
]

# ---------------------------------------------------------------------------
# Session 8: intervju-6.txt. A son in Oslo whose mother moved to särskilt boende in
# October; interviewed by iMessage over three evenings (20–22 November 2025), at his
# wish, from Emma's work iPhone. Exported on her Mac with imessage-exporter (txt): the
# date line (with "Read by …" where the phone recorded it), the sender (Me, or his
# number), the message, an empty line. One person's run of messages is one turn.
# ---------------------------------------------------------------------------
INT6 = [
    M(ME, "Hej Johan! Emma från Sörbyvik kommun här, som vi pratade om. Tack för att du ställer upp. Jag skickar en fråga i taget, svara när det passar. Först, kan du berätta lite om din mamma och dig?"),
    P(JOHAN, "Hej! Absolut. Mamma är 89, bodde ensam i radhuset på Ekvägen sedan pappa dog 2019. Jag bor i Oslo sedan 20 år, min syster i Australien. Så det har varit jag på distans, kan man säga.", AN, NEED, 0, "neutral", msgs=2),
    M(ME, "Hur kom det sig att hon fick trygghetslarm?"),
    P(JOHAN, "Hon ramlade i trädgården för tre år sedan och låg där tills en granne hörde henne ropa. Efter det sov jag dåligt. Jag ringde henne varje kväll och om hon inte svarade fick jag panik.", BT, NEED, -1, "pain", msgs=2),
    M(ME, "Hur fick du veta hur man söker?"),
    P(JOHAN, "Googlade. Kommunens sida. Den var okej, men den var skriven för den som bor i kommunen. Det stod ring oss dagtid, och dagtid sitter jag i möten i Oslo.", VI, FIND, -1, "pain", msgs=2),
    M(ME, "Vem gjorde ansökan?"),
    P(JOHAN, "Jag. Via e-tjänsten. Men jag har inget svenskt bank-id längre, bara norskt. Så det gick inte. Jag fick skriva ut en fullmakt, posta den till mamma, hon skrev under och postade den till kommunen. Två veckor bara på det.", AB, APPLY, -1, "pain", msgs=3),
    M(ME, "Det låter krångligt. Hur gick det sedan?"),
    P(JOHAN, "Handläggaren ringde mamma och sen mig. Hon var jättebra faktiskt, hon förstod att jag var långt borta och mejlade mig en sammanfattning efter samtalet. Det var första gången jag kände att någon hade koll.", AB, PROC, 1, "praise", msgs=2),
    M(ME, "Hur var det med nyckeln och installationen?"),
    P(JOHAN, "Mamma ville inte lämna någon nyckel. Hon har aldrig haft främlingar i huset, sa hon. Vi fick till slut en nyckelgömma. Jag köpte den själv på Clas Ohlson när jag var hemma i påskas och en granne satte upp den.", IN, USE, 0, "neutral", msgs=2),
    P(JOHAN, "Och installationen fick vänta till jag var där, för hon ville inte vara ensam med teknikern.", IN, USE, -1, "pain", msgs=1),
    M(ME, "Hur var det att vara kontaktperson på distans?"),
    P(JOHAN, "Ärligt? Jobbigt. Larmcentralen ringde mig kl. 3 på natten flera gånger. Mamma hade tryckt av misstag eller var orolig. De frågade om jag kunde åka dit. Jag är i Oslo. 50 mil.", AN, USE, -1, "pain", msgs=3),
    P(JOHAN, "Jag förstår att de ringer. Men ingen sa när vi skrev upp mig att det är så det går till. Jag trodde att jag skulle få veta om något hade hänt, inte att jag var första steget.", AN, USE, -1, "pain", msgs=2),
    M(ME, "Vad hände när det var på riktigt?"),
    P(JOHAN, "I februari ramlade hon på badrumsgolvet. Larmcentralen ringde mig efter att de skickat patrullen. Det tog 45 min för dem att komma. Jag satt i telefon med mamma hela tiden, det var de längsta 45 minuterna i mitt liv.", UT, USE, -1, "pain", msgs=2),
    P(JOHAN, "Men de som kom var fantastiska. En av dem sms:ade mig efteråt att mamma låg i sängen och var ok. Det hade hon inte behövt.", UT, USE, 1, "praise", msgs=1),
    M(ME, "Hur var det med avgiften?"),
    P(JOHAN, "Fakturorna kom till mamma och hon betalade dem på banken med papper. Det var okej. Men jag såg aldrig vad det kostade förrän jag gick igenom hennes pärm i höstas.", AV, DEC, 0, "neutral", msgs=1),
    M(ME, "Du skrev att hon flyttade till särskilt boende. Vad hände med larmet då?"),
    P(JOHAN, "Ja, hon flyttade till Lärkbacken i oktober. Det var ingen som sa att larmet skulle sägas upp. Jag fick en faktura för november, och då ringde jag.", EF, FOLL, -1, "pain", msgs=2),
    P(JOHAN, "De sa att larmet skulle hämtas och att vi skulle lämna tillbaka armbandet och dosan. Men jag var i Oslo, huset var tömt och sålt. Mäklaren hittade dosan i en kartong.", EF, FOLL, -1, "pain", msgs=2),
    M(ME, "Och nyckelgömman?"),
    P(JOHAN, "Sitter kvar på väggen, tror jag! Med koden som kommunen har. De nya ägarna vet säkert inte vad det är.", EF, FOLL, -1, "pain", msgs=2),
    M(ME, "Har du lämnat synpunkter om det?"),
    P(JOHAN, "Jag skrev ett mejl till kommunens synpunktsadress. Fick ett automatsvar. Sen inget. Så nu skriver jag till dig istället 😅", EF, FOLL, -1, "pain", msgs=2),
    M(ME, "Tack, det är precis därför vi frågar. Vad betydde larmet, när du ser tillbaka?"),
    P(JOHAN, "Det gav henne tre år till i huset. Och mig några nätters sömn. Trots allt. Jag hade gjort om det.", VA, USE, 1, "praise", msgs=1),
    M(ME, "Om du fick ändra något?"),
    P(JOHAN, "Att man kan söka med norskt bank-id, eller i alla fall ringa på kvällen. Vi är många anhöriga som bor långt bort.", AB, APPLY, 0, "suggestion", msgs=1),
    P(JOHAN, "Och en checklista när någon flyttar. Larm, nyckel, nyckelgömma, sista fakturan. En sida.", EF, FOLL, 0, "suggestion", msgs=1),
    M(ME, "Tack Johan, det här är jättebra. Ha en fin kväll!"),
    B(JOHAN, "Tack själv! Hälsa Sörbyvik 🙂", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Codebook: id, label, description (with where borderline turns go), examples
# (exact excerpts of participant turns of that theme only; checked in main()).
# ---------------------------------------------------------------------------
CODEBOOK = [
    (BT, "Behovet: varför larmet behövdes",
     "Händelsen eller situationen som gjorde att larmet behövdes, före kontakt med kommunen: ett fall, en natt på golvet, en make eller maka som dött, en diagnos (hjärtsvikt, KOL, Parkinson, epilepsi, demens), anhörigas oro; vem personen är. Presentationer hamnar här. Anhörigas egen roll och oro i vardagen med larmet hör till anhorigas_roll.",
     ["Låg där en stund innan nån kom.", "Hon låg på golvet en hel natt.", "Jag låg på golvet en natt."]),
    (VI, "Vägen in: att få veta att larmet finns och hur man söker",
     "Hur man fick veta om trygghetslarm och vad som gäller: distriktssköterskan, sjukhuset, träffpunktens informationsträff, Dövföreningen, grannar, kommunens webbplats och dess ord (serviceinsats, biståndsbeslut), tro om kostnaden; önskemål om broschyr och enklare text. Själva ansökan hör till ansokan_bedomning.",
     ["Innan dess trodde jag att det var bara för dem som har hemtjänst.",
      "Det var en granne som sa att kommunen har det.", "Dövföreningen."]),
    (AB, "Ansökan, handläggaren och bedömningen",
     "Att söka: telefonkö och återuppringning, e-tjänsten och bank-id, fullmakter och post, anhöriga som söker åt någon; kontakten med handläggaren, hembesök eller telefonbedömning, frågor som känns för många, tolk vid bedömningen, väntan på beslut och installation. Beslutets innehåll och avgiften hör till beslut_avgift.",
     ["Jag tänkte, jag vill ju bara ha en knapp.", "Det var en telefonbedömning",
      "Så jag skrev det i övrigt."]),
    (AV, "Beslut, serviceinsats och avgift",
     "Beslutet och vad det säger: serviceinsats utan biståndsbeslut över sjuttiofem, biståndsbeslut under, GPS-larm som eget beslut, avslag och nya ansökningar; avgiften per månad, maxtaxan, engångsavgiften, fakturor som är svåra att förstå, avgift per person eller hushåll. Avgift som fortsätter efter flytt hör till efterat_underhall.",
     ["Tvåhundrafemtio kronor i månaden, stod det i brevet.", "Det är billigt jämfört med polisen",
      "Ett larm för hushållet, inte för en person."]),
    (IN, "Installationen och nyckeln",
     "När larmet kommer: väntan på teknikern, installationen och provlarmet, att bli visad hur man trycker, larm anpassat efter funktionsnedsättning; nyckeln till patrullen, nyckelgömma, digitalt lås, systemlås, nyckelskåpet på kontoret. Bytet till digitala larm senare hör till efterat_underhall.",
     ["Nyckeln var ett kapitel för sig.", "Grannarna frågade om jag hade börjat hyra ut på Airbnb.",
      "Att åka och hämta en nyckel."]),
    (LC, "Larmcentralen: när någon svarar",
     "Samtalet med larmcentralen: rösten i högtalaren, att bli förstådd (språk, tolk, tyst röst vid Parkinson, döva som inte kan svara), hur centralen talar om falsklarm, provlarmet som samtal, kännedom om orter och adresser, önskemål om text eller språkval.",
     ["Hon sa jag skickar någon, Majken.", "Jag frågade om sms.", "Jag pratar tyst, det gör Parkinson."]),
    (UT, "Utryckning och nattpatrullen",
     "Hur fort någon kommer och hur det är när de kommer: väntetider, nattpatrullen för hela kommunen, avstånden mellan byarna, samtidiga larm, lyftkudde och att sitta kvar, personalens bemötande, önskemål om fler bilar. Fel adress på grund av centralens kunskap hör till larmcentralen när det handlar om centralen.",
     ["Fyrtio minuter. Fyrtio.", "Man kan inte bara gå.", "En bil till."]),
    (VA, "Att leva med larmet: bära, trycka, skämmas",
     "Vardagen med larmet: att bära det eller ta av det, att inte vilja störa och därför inte trycka, skam över att trycka fel, att trycka för att man är ensam, tryggheten och att kunna bo kvar, vad larmet betyder. Tekniska falsklarm från fallsensorn hör till teknik_gps_fall.",
     ["jag vill inte störa", "Men man skäms ändå.", "Det finns inga falsklarm."]),
    (TK, "GPS-larm, fallsensor och teknik",
     "Larm utanför hemmet och automatiska larm: GPS-larm och vem som får det, laddning och täckning, kartan i telefonen, fallsensorer som larmar i onödan, larm med blixtljus och vibrator för döva, smartklockor som anhöriga köper själva.",
     ["Då är larmet bara en klocka.", "Tre gånger första veckan.",
      "en karta i telefonen som visar fel med hundra meter"]),
    (EF, "Efteråt: underhåll, uppföljning, flytt och klagomål",
     "Det som följer: batterier som piper, bytet från analogt till digitalt och breven om det, uppföljning som inte sker, enkäter, klagomål och svaren på dem, flytt till särskilt boende, att lämna tillbaka larmet och nyckeln, avgift som fortsätter.",
     ["Ingen uppföljning.", "Sitter kvar på väggen, tror jag!", "och vi fick betala avgiften för oktober"]),
    (AN, "Anhörigas roll",
     "Anhöriga kring larmet: kontaktpersoner som larmcentralen ringer först, att bo långt bort, att sova med telefonen på, makar som är den egentliga hemtjänsten och inte blir tillfrågade, anhöriga som söker åt någon utan att personen vill, önskan att kontaktpersonsrollen förklaras.",
     ["Jag sover med telefonen på.", "Men jag är också en människa i det här huset.",
      "inte att jag var första steget"]),
]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(text.split())


def prepare(items):
    """A turn typed in two paragraphs (extra=...) is one turn: its text is both."""
    out = []
    for it in items:
        if "extra" in it:
            it = dict(it, first=it["text"], text=it["text"] + " " + it["extra"])
        out.append(it)
    return out


def interleave(items, moderator, fillers):
    """No two turns in a row by one speaker: two moderator turns in a row are one turn;
    between two turns of one participant the moderator's short acknowledgement is its
    own turn, as it is on the recording."""
    out, k = [], 0
    for it in prepare(items):
        if out and out[-1]["speaker"] == it["speaker"]:
            if it["mod"]:
                out[-1] = dict(out[-1], text=out[-1]["text"] + " " + it["text"])
                continue
            out.append(M(moderator, fillers[k % len(fillers)]))
            k += 1
        out.append(it)
    return out


def timings(session):
    rnd = random.Random(session["seed"])
    t = session["start"]
    lo, hi = session["pause"]
    out = []
    for it in session["items"]:
        dur = len(norm(it["text"]).split()) / session["rate"] + 0.4
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(lo, hi)
    return out


def ts_hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def ts_ms(s: float, sep=",") -> str:
    ms = int(round(s * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    sec, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{sec:02d}{sep}{ms:03d}"


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"'(])")


def sentences(text: str) -> list[str]:
    return [x for x in SENT_RE.split(norm(text)) if x]


def chunks(text: str, maxw: int) -> list[str]:
    units = []
    for s in sentences(text):
        w = s.split()
        if len(w) <= maxw:
            units.append(s)
            continue
        cur = []
        for word in w:
            cur.append(word)
            if (len(cur) >= maxw * 0.6 and word.endswith(",")) or len(cur) >= maxw:
                units.append(" ".join(cur))
                cur = []
        if cur:
            units.append(" ".join(cur))
    out, cur = [], []
    for u in units:
        if cur and len(" ".join(cur + [u]).split()) > maxw:
            out.append(" ".join(cur))
            cur = []
        cur.append(u)
    if cur:
        out.append(" ".join(cur))
    assert " ".join(out) == norm(text), (out, text)
    return out


def groups(text: str, n: int) -> list[str]:
    """A turn sent as n chat messages: cut at sentence ends into n parts."""
    sents = sentences(text)
    n = max(1, min(n, len(sents)))
    size = len(sents) / n
    out = [" ".join(sents[round(i * size):round((i + 1) * size)]) for i in range(n)]
    assert " ".join(out) == norm(text)
    return out


def halves(text: str) -> list[str]:
    sents = sentences(text)
    assert len(sents) >= 2, text
    total = len(norm(text).split())
    best = min(range(1, len(sents)),
               key=lambda k: abs(len(" ".join(sents[:k]).split()) - total / 2))
    return [" ".join(sents[:best]), " ".join(sents[best:])]


def piece_times(a, b, pieces, gap=0.3):
    total = sum(len(p.split()) for p in pieces)
    span = (b - a) - gap * (len(pieces) - 1)
    t, out = a, []
    for p in pieces:
        d = span * len(p.split()) / total
        out.append((t, t + d))
        t += d + gap
    return out


def repackage(raw: bytes, when: _dt.datetime, app: str, patch=None) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core dates; no
    thumbnail; docProps/app.xml names the Office application."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = parts["docProps/core.xml"].decode("utf-8")
    for tag in ("created", "modified"):
        core = re.sub(rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)", rf"\g<1>{stamp}\g<2>", core)
    parts["docProps/core.xml"] = core.encode("utf-8")
    if "docProps/thumbnail.jpeg" in parts:
        parts.pop("docProps/thumbnail.jpeg")
        r = parts["_rels/.rels"].decode("utf-8")
        r = re.sub(r'<Relationship [^>]*Target="docProps/thumbnail.jpeg"/>', "", r)
        parts["_rels/.rels"] = r.encode("utf-8")
        ct = parts["[Content_Types].xml"].decode("utf-8")
        ct = re.sub(r'<Override PartName="/docProps/thumbnail.jpeg"[^>]*/>', "", ct)
        parts["[Content_Types].xml"] = ct.encode("utf-8")
    if "docProps/app.xml" in parts:
        a = parts["docProps/app.xml"].decode("utf-8")
        a = re.sub(r"<Application>[^<]*</Application>", f"<Application>{app}</Application>", a)
        parts["docProps/app.xml"] = a.encode("utf-8")
    for name, fn in (patch or {}).items():
        parts[name] = fn(parts[name])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def _core(doc_or_wb, author):
    cp = doc_or_wb.core_properties if hasattr(doc_or_wb, "core_properties") else doc_or_wb.properties
    if hasattr(cp, "author"):
        cp.author = cp.last_modified_by = author
        cp.title = cp.subject = cp.comments = cp.keywords = cp.category = ""
        cp.revision = 2
    else:
        cp.creator = cp.lastModifiedBy = author
        cp.title = cp.subject = cp.description = cp.keywords = cp.category = None


# ---------------------------------------------------------------------------
# Writers (each returns bytes, or None when the needed library is missing)
# ---------------------------------------------------------------------------
def _wrap(text, width):
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


def write_grid_md(session) -> bytes:
    """A Word table (Tid | Talare | Yttrande) converted by pandoc to Markdown: a grid
    table, cells wrapped, a cell with two paragraphs, a turn on two rows (the second
    without Tid and Talare)."""
    widths = session["widths"]
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    head_sep = border.replace("-", "=")

    def row(cells):
        cols = []
        for w, c in zip(widths, cells):
            lines = []
            for k, par in enumerate(c):
                if k:
                    lines.append("")
                lines += _wrap(par, w)
            cols.append(lines)
        n = max(len(c) for c in cols)
        out = []
        for i in range(n):
            out.append("| " + " | ".join((c[i] if i < len(c) else "").ljust(w)
                                         for w, c in zip(widths, cols)) + " |")
        return out

    lines = list(session["front"])
    lines += [border] + row([["Tid"], ["Talare"], ["Yttrande"]]) + [head_sep]
    for i, (it, (a, _)) in enumerate(zip(session["items"], timings(session))):
        text = norm(it["text"])
        if i in session["two_rows"]:
            h1, h2 = halves(text)
            lines += row([[ts_hms(a)], [it["speaker"]], [h1]]) + [border]
            lines += row([[""], [""], [h2]]) + [border]
        elif i in session["two_paras"]:
            lines += row([[ts_hms(a)], [it["speaker"]], halves(text)]) + [border]
        else:
            lines += row([[ts_hms(a)], [it["speaker"]], [text]]) + [border]
    lines += [""] + session["after"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_azure_csv(session) -> bytes:
    """The kommun's transcription script on Azure AI Speech conversation transcription:
    one row per recognised phrase, SpeakerId Guest-n, Offset and Duration in ticks."""
    buf = io.StringIO()
    w = csv.writer(buf)                      # Python's default: CRLF
    w.writerow(["SpeakerId", "Offset", "Duration", "Text"])
    for it, (a, b) in zip(session["items"], timings(session)):
        pieces = chunks(it["text"], session["phrase_words"])
        for p, (pa, pb) in zip(pieces, piece_times(a, b, pieces, gap=0.25)):
            w.writerow([it["speaker"], int(round(pa * 10_000_000)),
                        int(round((pb - pa) * 10_000_000)), p])
    return buf.getvalue().encode("utf-8-sig")


def write_excel_links(session) -> bytes | None:
    """The interviewer's Excel template: title and metadata rows, header row 4
    (Tidpunkt | Person | Utskrift | Tolkning), time as =HYPERLINK(url;"hh:mm:ss") to the
    recording, Person from a data-validation list, guide parts as merged rows, each part
    grouped (outline level 1), one part collapsed; two turns go on in a row without
    Person."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.worksheet.datavalidation import DataValidation
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = session["sheet"]
    ws["A1"] = session["title"]
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:D1")
    ws["A2"] = session["meta"]
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:D2")
    ws.append([])
    ws.append(["Tidpunkt", "Person", "Utskrift", "Tolkning"])
    for c in ws[4]:
        c.font = Font(bold=True)
    ws.freeze_panes = "A5"
    fill = PatternFill("solid", fgColor="DDEBF7")
    cached = {}
    parts, cur = [], None
    for i, (it, (a, b)) in enumerate(zip(session["items"], timings(session))):
        if it.get("part"):
            r = ws.max_row + 1
            ws.cell(row=r, column=1, value=it["part"]).font = Font(bold=True)
            for c in range(1, 5):
                ws.cell(row=r, column=c).fill = fill
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            cur = [r + 1, r + 1]
            parts.append(cur)
        text = norm(it["text"])
        pieces = halves(text) if i in session["two_rows"] else [text]
        for k, p in enumerate(pieces):
            r = ws.max_row + 1
            if k == 0:
                secs = int(a)
                shown = ts_hms(a)
                url = session["url"] + f"&t={secs}"
                ws.cell(row=r, column=1, value=f'=HYPERLINK("{url}","{shown}")')
                cached[f"A{r}"] = shown
                ws.cell(row=r, column=2, value=it["speaker"])
            ws.cell(row=r, column=3, value=p).alignment = Alignment(wrap_text=True, vertical="top")
            note = it.get("note") if k == len(pieces) - 1 else None
            if note:
                ws.cell(row=r, column=4, value=note)
            cur[1] = r
    for n, (r0, r1) in enumerate(parts):
        ws.row_dimensions.group(r0, r1, outline_level=1, hidden=(n in session["collapsed"]))
    dv = DataValidation(type="list", formula1='"EN,BH"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"B5:B{ws.max_row}")
    for col, width in zip("ABCD", (11, 9, 90, 30)):
        ws.column_dimensions[col].width = width
    _core(wb, session["author"])
    raw = io.BytesIO()
    wb.save(raw)

    def add_cached(data: bytes) -> bytes:
        s = data.decode("utf-8")

        def repl(m):
            ref = m.group(1)
            return f'<c r="{ref}"{m.group(2)} t="str"><f>{m.group(3)}</f><v>{cached[ref]}</v></c>'
        s2, n = re.subn(r'<c r="(A\d+)"([^>]*?)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>', repl, s)
        assert n == len(cached), (n, len(cached))
        return s2.encode("utf-8")
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Excel",
                     patch={"xl/worksheets/sheet1.xml": add_cached})


def write_deflist_md(session) -> bytes:
    """Pandoc Markdown typed by hand: a definition list, the speaker the term, the turn
    after ':   ', a second paragraph indented by four spaces; wrapped at 72."""
    lines = list(session["front"])
    for it in session["items"]:
        paras = [it["first"], it["extra"]] if "extra" in it else [it["text"]]
        lines.append(it["speaker"])
        for k, par in enumerate(paras):
            wrapped = _wrap(norm(par), 68)
            if k == 0:
                lines.append(":   " + wrapped[0])
            else:
                lines.append("")
                lines.append("    " + wrapped[0])
            lines += ["    " + x for x in wrapped[1:]]
        lines.append("")
    lines += session["after"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_zoom_chat(session) -> bytes:
    """Zoom's saved meeting chat: 'hh:mm:ss From Name to Everyone:' then the message on
    the next line(s), each indented by a tab; a person's run of messages; a reaction."""
    clock0 = session["clock0"]
    out = []
    for i, (it, (a, b)) in enumerate(zip(session["items"], timings(session))):
        msgs = groups(it["text"], it.get("msgs", 1))
        for p, (pa, _) in zip(msgs, piece_times(a, b, msgs, gap=4.0)):
            t = (clock0 + _dt.timedelta(seconds=int(pa))).strftime("%H:%M:%S")
            out.append(f"{t} From {it['speaker']} to Everyone:")
            out.append("\t" + p)
        if i in session["reactions"]:
            t = (clock0 + _dt.timedelta(seconds=int(b) + 9)).strftime("%H:%M:%S")
            quoted = norm(it["text"])[:38].rstrip() + "..."
            out.append(f"{t} From {session['reactor']} to Everyone:")
            out.append(f"\tReacted to \"{quoted}\" with \U0001F44D")
    return ("\n".join(out) + "\n").encode("utf-8")


def write_merge_docx(session) -> bytes | None:
    """Word mail merge (Koppla dokument, Katalog) of the interviewer's Excel rows: a
    heading typed above, then per row 'Rad n' (bold), 'Talare: …', 'Tid: …', the words,
    an empty paragraph; a long turn is two rows."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading(session["heading"], level=1)
    d.add_paragraph(session["note"])
    n = 0
    for i, (it, (a, b)) in enumerate(zip(session["items"], timings(session))):
        text = norm(it["text"])
        pieces = halves(text) if len(text.split()) >= session["split"] and len(sentences(text)) >= 2 else [text]
        for p, (pa, _) in zip(pieces, piece_times(a, b, pieces)):
            n += 1
            r = d.add_paragraph().add_run(f"Rad {n}")
            r.bold = True
            d.add_paragraph(f"Talare: {it['speaker']}")
            d.add_paragraph(f"Tid: {ts_hms(pa)}")
            d.add_paragraph(p)
            d.add_paragraph("")
    _core(d, session["author"])
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Office Word")


def _cues(text: str, maxc: int = 80) -> list[list[str]]:
    """Subtitle cues: at most two lines of 42 characters, cut at sentence ends where it can."""
    out = []
    for s in sentences(text):
        cur = []
        for word in s.split():
            trial = " ".join(cur + [word])
            if cur and (len(trial) > maxc or len(_wrap(trial, 42)) > 2):
                out.append(cur)
                cur = []
            cur.append(word)
        if cur:
            out.append(cur)
    merged = []
    for c in out:
        if merged and len(" ".join(merged[-1] + c)) <= 60 and len(_wrap(" ".join(merged[-1] + c), 42)) <= 2:
            merged[-1] = merged[-1] + c
        else:
            merged.append(c)
    res = [_wrap(" ".join(c), 42) for c in merged]
    assert all(len(x) <= 2 for x in res)
    assert " ".join(" ".join(x) for x in res) == norm(text)
    return res


def write_italic_srt(session) -> bytes:
    """Subtitles for the kommun's film: no names; the interviewer, off camera, in italics;
    UTF-8 with BOM, CRLF (Subtitle Edit's defaults)."""
    out, n = [], 0
    for it, (a, b) in zip(session["items"], timings(session)):
        cues = _cues(it["text"])
        pieces = [" ".join(c) for c in cues]
        for c, (pa, pb) in zip(cues, piece_times(a, b, pieces, gap=0.08)):
            n += 1
            body = "\r\n".join(c)
            if it["mod"]:
                body = "<i>" + body + "</i>"
            out.append(f"{n}\r\n{ts_ms(pa)} --> {ts_ms(pb)}\r\n{body}\r\n")
    return ("\ufeff" + "\r\n".join(out)).encode("utf-8")


def _imsg_date(t: _dt.datetime) -> str:
    hour = t.hour % 12 or 12
    return t.strftime(f"%b %d, %Y {hour:2d}:%M:%S ") + ("AM" if t.hour < 12 else "PM")


def _dur(secs: int) -> str:
    m, s = divmod(secs, 60)
    parts = []
    if m:
        parts.append(f"{m} minute" + ("s" if m != 1 else ""))
    parts.append(f"{s} second" + ("s" if s != 1 else ""))
    return ", ".join(parts)


def write_imessage_txt(session) -> bytes:
    """imessage-exporter's txt: the date (with 'Read by …' where recorded), the sender
    ('Me' or the handle), the message, an empty line; three evenings."""
    rnd = random.Random(session["seed"])
    out = []
    t = session["days"][0]
    day = 0
    for i, it in enumerate(session["items"]):
        if i in session["new_day"]:
            day += 1
            t = session["days"][day]
        msgs = groups(it["text"], it.get("msgs", 1))
        t += _dt.timedelta(seconds=rnd.randint(90, 900))
        for k, p in enumerate(msgs):
            if k:
                t += _dt.timedelta(seconds=rnd.randint(15, 80))
            read = ""
            if rnd.random() < 0.45:
                who = "them" if it["speaker"] == ME else "you"
                read = f" (Read by {who} after {_dur(rnd.randint(20, 700))})"
            out += [_imsg_date(t) + read, it["speaker"], p, ""]
    return ("\n".join(out)).encode("utf-8")


# ---------------------------------------------------------------------------
# Minimal parsers, one per layout: they return [(speaker, text)] per turn
# ---------------------------------------------------------------------------
def _merge(pairs):
    out = []
    for spk, text in pairs:
        text = norm(text)
        if out and out[-1][0] == spk:
            out[-1] = (spk, out[-1][1] + " " + text)
        else:
            out.append((spk, text))
    return out


def parse_grid_md(data: bytes):
    lines = data.decode("utf-8").split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("+-"))
    cuts = [m.start() for m in re.finditer(r"\+", lines[start])]
    rows, cur = [], [[] for _ in cuts[:-1]]
    for line in lines[start + 1:]:
        if line.startswith("+"):
            if cur is not None:
                rows.append(cur)
            cur = [[] for _ in cuts[:-1]]
            continue
        if not line.startswith("|"):
            break
        for k in range(len(cuts) - 1):
            cur[k].append(line[cuts[k] + 1:cuts[k + 1]].strip())
    header, body = rows[0], rows[1:]
    assert [" ".join(c).strip() for c in header] == ["Tid", "Talare", "Yttrande"]
    pairs = []
    for cells in body:
        tid, spk, text = (norm(" ".join(c)) for c in cells)
        if spk:
            assert re.fullmatch(r"\d\d:\d\d:\d\d", tid), tid
            pairs.append([spk, text])
        else:
            pairs[-1][1] += " " + text
    return _merge([tuple(p) for p in pairs])


def parse_azure_csv(data: bytes):
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["SpeakerId", "Offset", "Duration", "Text"]
    return _merge([(r[0], r[3]) for r in rows[1:]])


def parse_excel_links(data: bytes, sheet: str):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    ws = wb[sheet]
    assert [c.value for c in ws[4]] == ["Tidpunkt", "Person", "Utskrift", "Tolkning"]
    merged = {r.min_row for r in ws.merged_cells.ranges}
    pairs = []
    for r in range(5, ws.max_row + 1):
        if r in merged:
            continue                                   # a guide part, not speech
        tid, who, text = (ws.cell(row=r, column=c).value for c in (1, 2, 3))
        if who:
            assert re.fullmatch(r"\d\d:\d\d:\d\d", tid or ""), tid
            pairs.append([who, text])
        else:
            pairs[-1][1] += " " + text
    return _merge([tuple(p) for p in pairs])


def parse_deflist_md(data: bytes):
    lines = data.decode("utf-8").split("\n")
    pairs = []
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and lines[i] and not lines[i].startswith(" ") \
                and lines[i + 1].startswith(":   "):
            pairs.append([lines[i], lines[i + 1][4:]])
            i += 2
            while i < len(lines) and (lines[i].startswith("    ") or
                                      (lines[i] == "" and i + 1 < len(lines) and lines[i + 1].startswith("    "))):
                pairs[-1][1] += " " + lines[i].strip()
                i += 1
            continue
        i += 1
    return _merge([tuple(p) for p in pairs])


def parse_zoom_chat(data: bytes):
    pairs = []
    for line in data.decode("utf-8").rstrip("\n").split("\n"):
        m = re.fullmatch(r"\d\d:\d\d:\d\d From (.+) to Everyone:", line)
        if m:
            pairs.append([m.group(1), ""])
        else:
            assert line.startswith("\t"), line
            pairs[-1][1] += " " + line[1:]
    pairs = [p for p in pairs if not p[1].strip().startswith("Reacted to \"")]
    return _merge([tuple(p) for p in pairs])


def parse_merge_docx(data: bytes):
    import docx
    paras = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    pairs = []
    for i, t in enumerate(paras):
        if re.fullmatch(r"Rad \d+", t):
            spk = re.fullmatch(r"Talare: (.+)", paras[i + 1]).group(1)
            assert re.fullmatch(r"Tid: \d\d:\d\d:\d\d", paras[i + 2])
            pairs.append((spk, paras[i + 3]))
    return _merge(pairs)


def parse_italic_srt(data: bytes):
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig").replace("\r\n", "\n")
    pairs = []
    for blk in text.strip("\n").split("\n\n"):
        lines = blk.split("\n")
        assert lines[0].isdigit() and " --> " in lines[1], lines
        body = " ".join(lines[2:])
        if body.startswith("<i>") and body.endswith("</i>"):
            pairs.append((ITAL, body[3:-4]))
        else:
            assert "<" not in body, body
            pairs.append((UNK, body))
    return _merge(pairs)


def parse_imessage_txt(data: bytes):
    pairs = []
    for blk in data.decode("utf-8").split("\n\n"):
        lines = blk.strip("\n").split("\n")
        if not lines or not lines[0]:
            continue
        assert re.match(r"[A-Z][a-z]{2} \d\d, \d{4} [ \d]\d:\d\d:\d\d [AP]M", lines[0]), lines[0]
        pairs.append((lines[1], " ".join(lines[2:])))
    return _merge(pairs)


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


# ---------------------------------------------------------------------------
# Session settings
# ---------------------------------------------------------------------------
def _longest(items, n, skip=(), minsent=2):
    cand = [i for i, it in enumerate(items)
            if not it["mod"] and i not in skip and len(sentences(it["text"])) >= minsent]
    cand.sort(key=lambda i: (-len(norm(items[i]["text"])), i))
    return set(cand[:n])


def _find(items, start):
    return next(i for i, it in enumerate(items) if it["text"].startswith(start))


FG1_ITEMS = interleave(FG1, KARIN, ["Mm.", "Ja.", "Okej."])
_fg1_two_rows = _longest(FG1_ITEMS, 3)
_fg1_two_paras = _longest(FG1_ITEMS, 3, skip=_fg1_two_rows)
INT1_ITEMS = interleave(INT1, EN_I, ["Mm.", "Ja.", "Okej."])
INT3_ITEMS = interleave(INT3, EMMA, ["Ok!", "Jag förstår."])
INT6_ITEMS = interleave(INT6, ME, ["Ok!", "Tack, fortsätt gärna."])

SESSIONS = [
    dict(file="fokusgrupp-1.md", fmt="grid_md", seed=13101, start=6.0, rate=2.3,
         pause=(0.7, 2.6), items=FG1_ITEMS, widths=(8, 6, 58),
         two_rows=_fg1_two_rows, two_paras=_fg1_two_paras,
         front=["# Fokusgrupp 1 – trygghetslarm, äldre som bor ensamma", "",
                "Tisdag 11 november 2025, kl. 13.30–15.00, Träffpunkt Kastanjen,",
                "Sörbyvik. Samtalsledare: Karin Holm. Anteckningar och utskrift:",
                "Jonna Lind.", "",
                "Inspelat med diktafon. Utskrivet i Word-tabell, konverterat med pandoc.",
                "Deltagarna nämns med förnamn, som de presenterade sig. Namnen ändras",
                "i rapporten.", ""],
         after=["Inspelningen slutar. Kaffe efteråt, Sixten och Majken stannade och",
                "pratade om nattpatrullen (inte inspelat)."]),
    dict(file="fokusgrupp-2.csv", fmt="azure_csv", seed=13102, start=3.2, rate=2.6,
         pause=(0.5, 2.0), items=interleave(FG2, G1, ["Mm.", "Ja.", "Okej."]),
         phrase_words=14),
    dict(file="intervju-1.xlsx", fmt="excel_links", seed=13103, start=5.0, rate=2.6,
         pause=(0.6, 2.2), items=INT1_ITEMS, sheet="Intervju BH",
         two_rows=_longest(INT1_ITEMS, 2), collapsed={4},
         title="Intervju 1 – biståndshandläggare (BH), äldreomsorgen",
         meta="Måndag 17 november 2025, Stadshuset. Intervjuare Emma Nordin (EN). Tiden länkar till inspelningen i Teams (SharePoint, behörighet krävs).",
         url="https://sorbyvik.sharepoint.com/sites/Tryggetslarm-utredning/_layouts/15/stream.aspx?id=%2Fsites%2FTryggetslarm-utredning%2FInspelningar%2FIntervju1_BH.mp4&nav=eyJ0IjoxfQ",
         author="Emma Nordin", epoch=_dt.datetime(2025, 11, 18, 14, 21, 0)),
    dict(file="intervju-2.md", fmt="deflist_md", seed=13104, start=2.0, rate=2.1,
         pause=(0.8, 2.8), items=interleave(INT2, INTV, ["Mm.", "Ja."]),
         front=["---", "title: Intervju 2 – Signe, Sörby kyrkby", "date: 2025-11-19",
                "intervjuare: Emma Nordin", "inspelning: diktafon, 41 min", "---", "",
                "# Intervju 2 – Signe", "",
                "Hemma hos Signe, i köket. Katten var med. Utskrivet av Jonna Lind, som",
                "definitionslista i pandoc-markdown: talaren först, yttrandet efter kolon.",
                ""],
         after=["<!-- slut; Signe bjöd på kaffe, vi pratade om katten efteråt -->"]),
    dict(file="intervju-3.txt", fmt="zoom_chat", seed=13105, start=0.0, rate=0.45,
         pause=(8.0, 40.0), items=INT3_ITEMS, clock0=_dt.datetime(2025, 11, 21, 10, 2, 10),
         reactions={_find(INT3_ITEMS, "Hon kom hem med")}, reactor=EMMA),
    dict(file="intervju-4.docx", fmt="merge_docx", seed=13106, start=4.0, rate=2.2,
         pause=(0.7, 2.5), items=interleave(INT4, INTV4, ["Mm.", "Ja."]), split=34,
         heading="Intervju 4 – Gunnar och Britt, Norrby (kodunderlag)",
         note="Koppla dokument från Excel-arket, en post per rad. Karin Holm, 24 november 2025.",
         author="Karin Holm", epoch=_dt.datetime(2025, 11, 27, 9, 40, 0)),
    dict(file="intervju-5.srt", fmt="italic_srt", seed=13107, start=1.0, rate=2.5,
         pause=(0.6, 2.0), items=interleave(INT5, ITAL, ["Mm.", "Ja."])),
    dict(file="intervju-6.txt", fmt="imessage_txt", seed=13108, start=0.0, rate=1.0,
         pause=(1.0, 1.0), items=INT6_ITEMS,
         days=[_dt.datetime(2025, 11, 20, 19, 40, 0), _dt.datetime(2025, 11, 21, 20, 5, 0),
               _dt.datetime(2025, 11, 22, 19, 15, 0)],
         new_day={_find(INT6_ITEMS, "Hur var det att vara kontaktperson"),
                  _find(INT6_ITEMS, "Du skrev att hon flyttade")}),
]

WRITERS = dict(grid_md=write_grid_md, azure_csv=write_azure_csv, excel_links=write_excel_links,
               deflist_md=write_deflist_md, zoom_chat=write_zoom_chat,
               merge_docx=write_merge_docx, italic_srt=write_italic_srt,
               imessage_txt=write_imessage_txt)
NEEDS = dict(excel_links="openpyxl", merge_docx="docx")
PARSERS = dict(grid_md=parse_grid_md, azure_csv=parse_azure_csv,
               excel_links=lambda d: parse_excel_links(d, "Intervju BH"),
               deflist_md=parse_deflist_md, zoom_chat=parse_zoom_chat,
               merge_docx=parse_merge_docx, italic_srt=parse_italic_srt,
               imessage_txt=parse_imessage_txt)


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS} | NOT_IN_FILE
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"} | NOT_IN_FILE
    themes = [c[0] for c in CODEBOOK]
    used: set[str] = set()
    participant_labels: dict[str, str] = {}
    rows, problems = [], []
    for s in SESSIONS:
        turns = s["items"]
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            used.add(spk)
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            for bad in ("\n", "\t", "|", "<", ">", "*", "_", "[", "]", "#"):
                assert bad not in t["text"], (bad, t["text"][:40])
            assert not LABEL_LIKE.match(norm(t["text"])), t["text"][:40]
            assert not re.search(r"\b\d?\d:\d\d\b", t["text"]), t["text"][:40]
            if not t["mod"]:
                assert participant_labels.setdefault(spk, s["file"]) == s["file"], spk
                assert t["theme"] == "" or t["theme"] in themes, t["theme"]
                assert (t["theme"] == "") == (t["stage"] == ""), t["text"][:40]
                assert t["stage"] == "" or t["stage"] in STAGES, t["stage"]
        data = WRITERS[s["fmt"]](s)
        path = TDIR / s["file"]
        if data is None:
            print(f"{NEEDS[s['fmt']]} not available: {s['file']} left as it is", file=sys.stderr)
            data = path.read_bytes() if path.exists() else None
        else:
            path.write_bytes(data)
        if data is not None and _has(NEEDS.get(s["fmt"], "csv")):
            parsed = PARSERS[s["fmt"]](data)
            expected = [(t["speaker"], norm(t["text"])) for t in turns]
            if parsed != expected:
                for i, (x, y) in enumerate(zip(parsed, expected)):
                    if x != y:
                        problems.append(f"{s['file']} turn {i}: {x} != {y}")
                        break
                if len(parsed) != len(expected):
                    problems.append(f"{s['file']}: {len(parsed)} parsed turns, {len(expected)} expected")
        for i, t in enumerate(turns):
            if t["mod"]:
                continue
            rows.append([s["file"], i, t["speaker"], t["theme"], t["stage"],
                         t["sentiment"], t["kind"], norm(t["text"])])
    unused = known - used
    if unused:
        problems.append(f"participants.csv labels not used: {sorted(unused)}")

    with open(HERE / "gold.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "turn", "speaker", "theme", "journey_stage",
                    "sentiment", "kind", "text"])
        w.writerows(rows)

    with open(HERE / "codebook.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "label", "description", "examples"])
        for cid, label, desc, ex in CODEBOOK:
            for e in ex:
                assert "|" not in e
                inside = [r for r in rows if e in r[7]]
                if not inside or any(r[3] != cid for r in inside):
                    problems.append(f"codebook example not (only) in {cid} turns: {e} "
                                    f"{[(r[0], r[1], r[3]) for r in inside]}")
            w.writerow([cid, label, desc, "|".join(ex)])

    with open(TDIR / "participants.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["speaker", "segment", "living", "age_group", "situation"])
        w.writerows(PARTICIPANTS)

    print(f"{len(SESSIONS)} sessions, {sum(len(s['items']) for s in SESSIONS)} turns, "
          f"{len(rows)} participant turns")
    for s in SESSIONS:
        ts = s["items"]
        n_p = sum(1 for t in ts if not t["mod"])
        words = sum(len(norm(t["text"]).split()) for t in ts if not t["mod"])
        print(f"  {s['file']}: {len(ts)} turns ({n_p} participant, {words} words)")
    for name, col in (("themes", 3), ("stages", 4), ("kinds", 6), ("sentiment", 5)):
        c = Counter(r[col] if r[col] != "" else "(none)" for r in rows)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    per = defaultdict(Counter)
    for r in rows:
        if r[3]:
            per[r[3]][r[4]] += 1
    for th, c in sorted(per.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {th} {sum(c.values())}: " + ", ".join(f"{st} {c[st]}" for st in STAGES if c[st]))
    sizes = sorted(sum(c.values()) for c in per.values())
    print(f"largest / smallest theme: {sizes[-1]} / {sizes[0]} = {sizes[-1] / sizes[0]:.2f}")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("round trip: all transcripts parse back to the gold turns (0 mismatches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
