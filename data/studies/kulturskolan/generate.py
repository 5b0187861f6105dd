#!/usr/bin/env python3
"""Generate the fictional study of getting and keeping a place at the kulturskola of
Älvby kommun: transcripts, gold.csv, codebook.csv and transcripts/participants.csv, all
from the session lists in this file.

Python 3.11, standard library, plus python-docx (two .docx files). Run with the
project's virtualenv from this folder:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer /
note-taker turn, P(speaker, text, theme, stage, sentiment, kind) for a participant turn,
B(speaker, text) for a participant backchannel or small talk (no theme, no stage).
Options: gap=1.2 (a timed silence before the turn, Jefferson file), ov=True (the turn
starts in overlap with the previous one), split=True (typed as two paragraphs, Word).
Files and gold rows are written from the same list, so turn indices cannot drift. After
writing, every file is parsed back with a minimal parser for its layout and compared with
the list, the gold text of every participant turn must be found in the file's text
(where the layout keeps a turn on one line or paragraph), and every codebook example must
be an exact excerpt of a participant turn of that theme (and of no turn of another theme).

Output is byte-identical between runs: timings are seeded, the .docx files are re-zipped
with fixed timestamps and fixed core properties.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import random
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TDIR = HERE / "transcripts"


STAGES = ("need", "find_info", "apply", "processing", "decision", "use", "follow_up")
KINDS = ("pain", "praise", "suggestion", "question", "neutral")
N, FI, AP, PR, DE, US, FU = STAGES


def M(speaker, text, **o):
    return dict(speaker=speaker, text=text, mod=True, **o)


def P(speaker, text, theme, stage, sentiment, kind, **o):
    assert kind in KINDS and sentiment in (-1, 0, 1), text[:40]
    assert stage in STAGES, text[:40]
    return dict(speaker=speaker, text=text, mod=False, theme=theme, stage=stage,
                sentiment=sentiment, kind=kind, **o)


def B(speaker, text, sentiment=0, kind="neutral", **o):
    return dict(speaker=speaker, text=text, mod=False, theme="", stage="",
                sentiment=sentiment, kind=kind, **o)


BEH = "behov_intresse"
INF = "info_hitta"
ANM = "anmalan_etjanst"
KO = "ko_vantan"
FOR = "fortur_rattvisa"
ERB = "erbjudande_svar"
AVG = "avgift_faktura"
UND = "undervisning_larare"
TID = "tider_schema"
KON = "konserter_gemenskap"
KOM = "kontakt_besked"
SLU = "sluta_byta"
THEMES = (BEH, INF, ANM, KO, FOR, ERB, AVG, UND, TID, KON, KOM, SLU)

# ---------------------------------------------------------------------------
# Speaker labels, exactly as the files write them
# ---------------------------------------------------------------------------
I_, B_, IP1, IP2, IP3, IP4, IP5 = "I", "B", "IP1", "IP2", "IP3", "IP4", "IP5"   # fokusgrupp-1.docx
SARA, ALVA, NOAH, SELMA, LEO, IDA = "Sara", "Alva", "Noah", "Selma", "Leo", "Ida"  # fokusgrupp-2.txt
INT, MAJ = "INT", "MAJ"                              # intervju-1.txt (Jefferson)
HANNA, GORAN = "Hanna", "Göran"                      # intervju-2.txt (Panopto captions)
S1, S2, S3 = "Speaker 1", "Speaker 2", "Speaker 3"   # intervju-3.txt (TurboScribe)
INTV, ANNIKA = "Intervjuare", "Annika"               # intervju-4.docx (line numbers)
ASA, NADIA = "Åsa Lindqvist (KUF)", "nadia"          # intervju-5.vtt (Teams)
V_ = "V"                                             # intervju-6.txt (InqScribe), with I_

PARTICIPANTS = [
    # speaker; segment; subject; age_group; situation
    (I_, "moderator", "", "", ""),
    (B_, "moderator", "", "", ""),
    (IP1, "förälder", "cello", "35-44", "mamma till en tioåring som väntade två år på cello; skild, båda vårdnadshavarna skulle godkänna"),
    (IP2, "förälder", "trumpet, gitarr, dans", "45-54", "pappa till tre barn, två med plats och ett i kö; tror att syskon har förtur"),
    (IP3, "personal", "fiol", "45-54", "fiollärare på kulturskolan sedan tolv år och själv förälder till en slagverkselev"),
    (IP4, "förälder", "fiol", "45-54", "pappa vars dotter tappade platsen efter en missad bekräftelse inför hösten"),
    (IP5, "förälder", "dans", "35-44", "ensamstående mamma till en tolvåring som dansar street; avgiften är tung"),
    (SARA, "moderator", "", "", ""),
    (ALVA, "ungdom", "dans", "13-17", "slutade dansa när handbollen flyttade till samma tid"),
    (NOAH, "ungdom", "trummor", "13-17", "stod i kö i tre år, har lektion på skoltid"),
    (SELMA, "ungdom", "piano", "13-17", "vill byta till sång men vill inte börja om i kön"),
    (LEO, "ungdom", "elgitarr", "13-17", "spelar i rockband, började efter en prova-på-dag"),
    (IDA, "ungdom", "teater", "18-24", "sista terminen innan hon blir för gammal, blyg när hon började"),
    (INT, "moderator", "", "", ""),
    (MAJ, "förälder", "fiol (vill spela cello)", "35-44", "mamma till en nioåring som fick fiol i stället för cello; undersköterska"),
    (HANNA, "moderator", "", "", ""),
    (GORAN, "vuxenelev", "sång och gitarr", "65-79", "pensionerad lokförare, vuxenelev på restplats, söker om varje termin"),
    (S1, "moderator", "", "", ""),
    (S2, "förälder", "tvärflöjt, trummor (kö)", "35-44", "mamma till två, en elev och en i kö; två fakturor"),
    (S3, "barn", "", "0-12", "Jessicas son, åtta år, avbryter en gång (inte deltagare)"),
    (INTV, "moderator", "", "", ""),
    (ANNIKA, "personal", "administration", "45-54", "administratör för kö, erbjudanden och avgifter på kulturskolan"),
    (ASA, "moderator", "", "", ""),
    (NADIA, "förälder", "dans, piano (kö)", "35-44", "nyanländ mamma (fyra år i Sverige), läser SFI, dottern dansar"),
    (V_, "ungdom", "teater", "13-17", "femtonåring med ADHD som hittade teatern via sin specialpedagog"),
]

# ---------------------------------------------------------------------------
# fokusgrupp-1.docx: parents and a teacher, on site, agency transcript
# ---------------------------------------------------------------------------
FG1 = [
    M(I_, "Då är vi igång. Välkomna, och tack för att ni kom en tisdagskväll. Vi pratar om hur det är att få och behålla en plats på kulturskolan. Kan vi ta en runda först, vem ni är och vilka barn det gäller?"),
    P(IP1, "Ja, jag heter Karin. Jag har en dotter, [namn], som är tio, och hon har velat spela cello sedan hon var sju. Hon såg en cellist på en skolkonsert i tvåan och sen var det kört.", BEH, N, 0, "neutral"),
    P(IP2, "Johan. Tre barn, elva, nio och sex. De två äldsta har plats, trumpet och gitarr, och den minsta står i kö till dans. Så vi är väl storkunder, kanske. [skratt]", BEH, N, 0, "neutral"),
    P(IP5, "Fatima heter jag. Min son är tolv och han dansar, street. Han hade det stökigt i skolan och dansen är typ det enda stället där han får vara som han är.", BEH, N, 0, "neutral"),
    P(IP4, "Mikael. Min dotter spelade fiol i fyra år och tappade platsen i våras. Det kommer vi säkert till.", SLU, FU, -1, "pain"),
    P(IP3, "Och jag är Lena. Jag är både förälder och anställd, jag undervisar i fiol på kulturskolan sedan tolv år, och min son går på slagverk. Så jag sitter lite på två stolar här.", BEH, N, 0, "neutral"),
    M(I_, "Tack. Om vi börjar från början: hur fick ni veta att kulturskolan fanns och hur man gör?"),
    P(IP1, "Skolkonserten, som sagt. Det kom ett papper hem i ryggsäcken efter konserten, med en QR-kod. Men den gick till startsidan, inte till anmälan.", INF, FI, -1, "pain"),
    P(IP2, "För oss var det andra föräldrar, på fotbollen. Det är där man får veta allt. Att man ska ställa barnen i kö när de är små, typ vid sex.", INF, FI, 0, "neutral"),
    P(IP5, "Jag visste ingenting. Det var hans mentor som sa att det finns dans på kulturskolan och att det inte kostar så mycket. Hon skrev upp adressen till hemsidan på en lapp.", INF, FI, 0, "neutral"),
    P(IP3, "Jag kan säga att vi vet att hemsidan inte är bra. Det står mycket om vad vi gör men väldigt lite om hur kön fungerar, det har vi sagt internt i flera år.", INF, FI, -1, "pain"),
    P(IP4, "Nej, den är inte särskilt smidig. Jag hittade aldrig var det stod hur länge man kunde behöva vänta.", INF, FI, -1, "pain"),
    M(I_, "Var det någon som var på prova-på?"),
    P(IP1, "Ja, på höstlovet. Hon fick hålla i en cello och dra stråken en gång, och sen var saken klar. Det var jättefint ordnat, faktiskt.", INF, FI, 1, "praise"),
    P(IP5, "Vi missade den. Den var en lördag när jag jobbade, och //", INF, FI, -1, "pain"),
    P(IP2, "// Den ligger alltid på lördagar, ja.", INF, FI, 0, "neutral"),
    M(I_, "Hur gick själva anmälan till?"),
    P(IP2, "Man gör det i e-tjänsten, med BankID. Det gick snabbt. Men man måste göra en anmälan per barn och per ämne, så för oss blev det fem anmälningar.", ANM, AP, 0, "pain"),
    P(IP1, "Det jag inte fattade var att båda vårdnadshavarna måste godkänna. Min exman fick ett mejl som han inte läste, så anmälan låg bara och väntade i tre veckor utan att vi visste om det.", ANM, AP, -1, "pain"),
    M(I_, "Tre veckor?"),
    P(IP1, "Ja. Och det märktes först när jag loggade in och det stod inväntar medsökande. Ingen hade hört av sig.", ANM, AP, -1, "pain"),
    P(IP4, "Vi ställde [namn] i kö när hon var sex, för man hade hört att man skulle göra det tidigt. Men då fick vi svaret att man inte kan stå i kö till fiol förrän man är åtta. Så vi fick göra om alltihop.", ANM, AP, -1, "pain"),
    P(IP3, "Där har det ändrats, det får jag säga. Nu kan man ställa sig från förskoleklass, men kötiden räknas inte förrän från sju år. Jag vet att det är rörigt.", ANM, AP, 0, "neutral"),
    P(IP5, "Jag gjorde anmälan på mobilen och den hoppade ut två gånger. Tredje gången gick det. Och sen fick jag inget kvitto, så jag visste inte om den var inne.", ANM, AP, -1, "pain"),
    M(I_, "Och när anmälan väl var inne, vad hände då?"),
    P(IP1, "Ingenting. [skratt] Nej, men på riktigt. Två år och fyra månader. Vi har fått ett mejl under den tiden, och det var att kön var lång.", KO, PR, -1, "pain"),
    P(IP2, "Vår mellersta väntade i tre år på gitarr. Han hann tappa intresset och få tillbaka det.", KO, PR, -1, "pain"),
    P(IP4, "Det bästa vore om man såg var man låg i kön. Plats femtio eller plats fem, det är ju skillnad.", KO, PR, 0, "suggestion"),
    P(IP3, "Det har vi faktiskt diskuterat, men systemet kan inte visa det på ett rättvist sätt, för kön är inte en rak linje. Det beror på vilka lärare som får luckor.", KO, PR, 0, "neutral"),
    P(IP1, "Men då kan man ju säga det. Att det inte är en rak linje.", KO, PR, 0, "suggestion"),
    M(I_, "Vet ni hur kön prioriteras, alltså vem som får plats först?"),
    P(IP2, "Syskon går före, det vet jag. Så den lilla borde få dans snart, hoppas jag.", FOR, PR, 0, "neutral"),
    P(IP4, "Gör de? Det trodde jag inte fanns längre.", FOR, PR, 0, "question"),
    P(IP3, "Nej, det har tagits bort, tror jag. Det är administrationen som vet exakt, jag vill inte säga fel.", FOR, PR, 0, "neutral"),
    P(IP5, "Jag tycker det är konstigt med syskon. Då får ju de som redan är inne allt, och vi som är nya får vänta. Det är inte rättvist.", FOR, PR, -1, "pain"),
    P(IP2, "Fast det är ju praktiskt för oss föräldrar. Man kan inte skjutsa till tre ställen på samma kväll.", FOR, PR, 0, "neutral"),
    M(B_, "Förlåt, jag hörde inte riktigt. Var det syskonförtur eller syskonrabatt ni pratade om nu?"),
    P(IP2, "Förtur. Rabatten är en annan sak. [skratt]", FOR, PR, 0, "neutral"),
    M(I_, "Hur var det när erbjudandet väl kom?"),
    P(IP1, "Det kom ett sms en torsdag kväll, ni har erbjudits plats i cello, svara inom fem dagar. Jag var på jobbresa och såg det på söndagen.", ERB, DE, 0, "neutral"),
    P(IP1, "Så vi hann, men med en dags marginal. Fem dagar är kort, särskilt om det kommer i ett sms som ser ut som reklam.", ERB, DE, -1, "pain"),
    P(IP5, "Vi fick inte den dans han sökt. Han sökte street och fick erbjudande på jazzdans. Jag visste inte om man kunde säga nej utan att hamna sist igen.", ERB, DE, -1, "pain"),
    P(IP3, "Man hamnar inte sist. Man behåller sin kötid om man tackar nej en gång. Men det står längst ner i mejlet, det är sant.", ERB, DE, 0, "neutral"),
    P(IP5, "Det stod inte i sms:et i alla fall.", ERB, DE, -1, "neutral"),
    P(IP4, "För oss gick det faktiskt snabbt, när hon väl var åtta. Ett halvår. Så det är väldigt olika beroende på instrument.", KO, PR, 1, "praise"),
    M(I_, "Vi går över till avgiften. Hur har det varit?"),
    P(IP2, "Syskonrabatten är bra. Tredje barnet är gratis, eller halva priset, jag kommer inte ihåg. Men fakturan kommer för alla tre samtidigt i oktober, och då är det ändå mycket pengar på en gång.", AVG, DE, 0, "pain"),
    P(IP5, "Niohundra kronor i terminen är mycket för mig. Jag hade inte råd att ha honom på både dans och trummor.", AVG, DE, -1, "pain"),
    P(IP3, "Man kan söka nedsättning av avgiften. Det är inte så många som vet det.", AVG, FI, 0, "neutral"),
    P(IP5, "Det visste jag inte. Det borde stå på fakturan, inte vara gömt på hemsidan.", AVG, DE, -1, "suggestion"),
    P(IP1, "Och instrumenthyran. Trehundra kronor för cellon, det är helt okej. Men vi fick betala för hela terminen fast hon började i november.", AVG, DE, 0, "pain"),
    P(IP4, "Vi fick en faktura för våren efter att hon hade tappat platsen. Det tog två mejl att få bort den.", AVG, FU, -1, "pain"),
    M(I_, "Hur fungerar själva lektionerna?"),
    P(IP1, "Hennes lärare är fantastisk. Han är lugn och rolig, och hon övar utan att jag tjatar, vilket är ett mirakel. [skratt]", UND, US, 1, "praise"),
    P(IP5, "Danslärarna är bra. Han har fått en vuxen som tror på honom. Det har inte hänt så ofta.", UND, US, 1, "praise"),
    P(IP2, "Trumpetlektionen är tjugo minuter. Det är ju ingenting. Han hinner packa upp, spela en låt och packa ner.", UND, US, -1, "pain"),
    P(IP3, "Tjugo minuter är standard för nybörjare. Vi skulle vilja ha längre, men då blir kön ännu längre. Det är en avvägning.", UND, US, 0, "neutral"),
    P(IP2, "Jag förstår det. Men det känns snålt.", UND, US, -1, "neutral"),
    M(I_, "Och tiderna?"),
    P(IP4, "Det var tiderna som knäckte oss. Fiol klockan fem på tisdagar i Kulturhuset, och hon hade handboll halv sex i Norrstrand [?? 0:41:17]. Vi fick välja, och hon valde handbollen, i praktiken.", TID, US, -1, "pain"),
    P(IP2, "För oss är det bra att trumpeten ligger på skoltid. Han går ifrån matten tjugo minuter, och läraren kommer till skolan.", TID, US, 1, "praise"),
    P(IP5, "Men det är ju inte bra för alla, att missa lektioner i skolan. Min son har redan svårt att hänga med.", TID, US, -1, "pain"),
    P(IP1, "Vi har cello i Kulturhuset, och bussen tar fyrtio minuter. Jag får gå från jobbet tidigare varje onsdag.", TID, US, -1, "pain"),
    M(I_, "Har ni varit på konserter?"),
    P(IP1, "Luciakonserten! Hon satt längst bak och spelade tre toner, och jag grät. [skratt]", KON, US, 1, "praise"),
    P(IP2, "Konserterna är bra, men de är alltid klockan sex en vardag. Med tre barn i tre olika konserter samma vecka blir det mycket.", KON, US, 0, "pain"),
    P(IP5, "Han hade uppvisning i aulan och hela klassen kom. Det har aldrig hänt förut. Det var [hör inte 0:44:52] ja.", KON, US, 1, "praise"),
    M(I_, "Hur är kontakten med kulturskolan, om något händer?"),
    P(IP4, "När läraren var sjuk fick vi ett sms en kvart innan. Vi satt redan i bilen.", KOM, US, -1, "pain"),
    P(IP1, "Det finns ingen man kan ringa. Det är ett formulär, och sen kommer ett svar efter en vecka.", KOM, US, -1, "pain"),
    P(IP3, "Det är en person på administrationen för elvahundra elever. Jag säger inte det som en ursäkt, men så ser det ut.", KOM, US, 0, "neutral"),
    M(I_, "Mikael, du nämnde att ni tappade platsen. Vill du berätta?"),
    P(IP4, "Ja. Man ska bekräfta platsen inför varje hösttermin, i e-tjänsten, före den femtonde juni. Det visste vi inte. Vi var i Grekland. Så i augusti fick vi ett mejl om att platsen gått till nästa i kön.", SLU, FU, -1, "pain"),
    P(IP4, "Fyra år med samma lärare. Borta på grund av en knapp.", SLU, FU, -1, "pain"),
    B(IP5, "Det är sjukt."),
    P(IP3, "Det gör ont att höra. Vi lärare får ingen lista på vilka som inte har bekräftat, vi märker det när eleven inte kommer.", SLU, FU, -1, "pain"),
    P(IP2, "Man borde få en påminnelse. Ett sms, samma som när man får erbjudandet.", SLU, FU, 0, "suggestion"),
    P(IP4, "Vi fick en påminnelse, visade det sig. Till mejladressen jag hade när vi ställde henne i kö. Som jag inte har använt sedan 2019.", SLU, FU, -1, "pain"),
    M(I_, "Har någon bytt instrument eller funderat på att sluta?"),
    P(IP2, "Min dotter vill byta från gitarr till sång. Då måste hon ställa sig i kö igen från noll, och då säger hon att hon hellre slutar.", SLU, FU, -1, "pain"),
    P(IP3, "Det där tycker jag är fel, ärligt. Vi borde kunna byta internt. Jag har sagt det på personalmöten.", SLU, FU, 0, "suggestion"),
    M(I_, "Sista rundan: en sak ni skulle ändra?"),
    P(IP1, "Visa var man står i kön. Bara ungefär.", KO, PR, 0, "suggestion"),
    P(IP2, "En faktura i månaden i stället för en stor.", AVG, DE, 0, "suggestion"),
    P(IP5, "Att informationen kommer på fler språk, och att man säger rakt ut att det går att få nedsättning.", INF, FI, 0, "suggestion"),
    P(IP4, "Ta bort bekräftelsen. Eller ring åtminstone innan ni ger bort platsen.", SLU, FU, -1, "suggestion"),
    P(IP3, "Att vi lärare får vara med och bestämma tiderna. Och ja, att ni föräldrar säger till. Det hjälper oss internt.", TID, US, 0, "suggestion"),
    M(I_, "Tack så mycket allihop, det här var jättebra."),
    B(IP1, "Tack själv.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# fokusgrupp-2.txt: young people, typed by a typist (Windows-1252, CR endings)
# ---------------------------------------------------------------------------
FG2 = [
    M(SARA, "Okej, nu spelar den in. Vi börjar med en runda: namn, ålder och vad ni gör på kulturskolan."),
    P(ALVA, "Alva, femton. Jag dansar, eller jag dansade. Modern och jazz. Jag har slutat nu, typ.", BEH, N, 0, "neutral"),
    P(NOAH, "Noah, fjorton, trummor. Jag stod i kö i tre år.", KO, PR, -1, "neutral"),
    P(SELMA, "Selma, tretton. Piano sen jag var nio. Men egentligen vill jag sjunga.", BEH, N, 0, "neutral"),
    P(LEO, "Leo, sexton, elgitarr. Och jag spelar i rockbandet på fredagar.", BEH, N, 0, "neutral"),
    P(IDA, "Ida. Jag är nitton, så jag är typ gammal här. (skratt) Jag har gått på teater sen jag var tolv, och nu är det sista terminen för mig.", BEH, N, 0, "neutral"),
    M(SARA, "Hur kom det sig att ni började?"),
    P(NOAH, "Min storebror spelade trummor. Jag ville bara vara som han. Och det lät coolt.", BEH, N, 0, "neutral"),
    P(SELMA, "Det var mamma som ville att jag skulle spela piano. Jag tyckte det var okej. Fortfarande okej.", BEH, N, 0, "neutral"),
    P(IDA, "Jag var jätteblyg. Min lärare i sexan sa att teater kanske kunde hjälpa. Och det gjorde det, fast jag inte trodde det först.", BEH, N, 1, "praise"),
    P(LEO, "Det var en prova-på-dag i skolan, i femman. Man fick testa allt. Jag testade gitarr och sen ville jag inte göra nåt annat.", INF, FI, 1, "praise"),
    P(ALVA, "Mina kompisar dansade redan, så jag ställde mig i kö för att vara med dem. Men jag kom in ett år senare, så vi hamnade i olika grupper ändå.", KO, PR, -1, "pain"),
    M(SARA, "Vet ni hur man ställer sig i kö?"),
    P(LEO, "Föräldrarna gör det. Man måste ha BankID.", ANM, AP, 0, "neutral"),
    P(IDA, "Jag gjorde min egen anmälan när jag fyllde arton, till en vuxenkurs i sång också. Men då var det en annan e-tjänst, för vuxna. Det fattade jag inte, jag låg i barnkön i ett halvår utan att någon sa något.", ANM, AP, -1, "pain"),
    P(NOAH, "Är det två köer? Det visste inte jag.", ANM, AP, 0, "question"),
    P(IDA, "Ja. Eller det var det i alla fall då.", ANM, AP, 0, "neutral"),
    M(SARA, "Noah, tre år. Hur var det att vänta?"),
    P(NOAH, "Tråkigt. Jag började spela på kuddar. (skratt) Nej men, jag köpte trumstockar och slog på allt hemma.", KO, PR, -1, "neutral"),
    P(NOAH, "Och varje höst sa mamma att nu kommer det, och så kom det inget.", KO, PR, -1, "pain"),
    P(SELMA, "Jag fick plats direkt, för det fanns plats på piano. Det är typ ingen kö till piano.", KO, PR, 0, "neutral"),
    P(LEO, "Gitarr är tvärtom. Alla vill spela gitarr.", KO, PR, 0, "neutral"),
    M(SARA, "Vet ni hur de bestämmer vem som får plats?"),
    P(ALVA, "Kötid, tror jag. Och om man har ett syskon där.", FOR, PR, 0, "neutral"),
    P(LEO, "Jag trodde att man fick förtur om man gick på en viss skola. Bergsjö, där de har musikklass.", FOR, PR, 0, "neutral"),
    P(IDA, "Nej, det är för att de har lektioner på skoltid där. Det är inte förtur.", FOR, PR, 0, "neutral"),
    P(NOAH, "Jag tycker det borde gå på hur mycket man vill. Typ om man har väntat och övat hemma.", FOR, PR, 0, "suggestion"),
    P(SELMA, "Hur ska de veta det då?", FOR, PR, 0, "question"),
    P(NOAH, "Vet inte. Ett prov.", FOR, PR, 0, "neutral"),
    M(SARA, "När ni fick erbjudandet, vem svarade på det?"),
    P(ALVA, "Mamma. Jag visste inte ens att jag kommit in förrän hon sa det vid middagen.", ERB, DE, 0, "neutral"),
    P(LEO, "Vi fick ett mejl i juli, när vi var i stugan utan täckning. Pappa såg det en dag innan det gick ut. Så det var nära.", ERB, DE, -1, "pain"),
    M(SARA, "Hur är lektionerna?"),
    P(LEO, "Min lärare är skitbra. Han lär oss låtar vi faktiskt vill spela, inte bara noter.", UND, US, 1, "praise"),
    P(SELMA, "Jag har bytt lärare tre gånger på fyra år. Varje gång börjar man om med en ny som inte vet vad man kan.", UND, US, -1, "pain"),
    P(IDA, "Teatern är mer en grupp än en lärare. Men vår ledare, hon ser alla. Även de som inte säger nåt.", UND, US, 1, "praise"),
    P(ALVA, "Det var inte lärarna. De var bra. Det var tiden.", TID, US, 0, "neutral"),
    M(SARA, "Berätta."),
    P(ALVA, "Dansen låg på tisdagar och torsdagar halv sex. Handbollen flyttade till samma tid när jag kom upp i F15. Så jag fick välja. Och i handbollen är alla mina kompisar.", TID, US, -1, "pain"),
    P(NOAH, "Trummorna ligger på skoltid, under idrotten. Det är lite najs men också inte, för jag gillar idrott.", TID, US, 0, "neutral"),
    P(LEO, "Rockbandet är fredagar sju. Det är perfekt, för ingen annan har något då.", TID, US, 1, "praise"),
    P(SELMA, "Jag har piano i Kulturhuset direkt efter skolan, och jag måste ta bussen själv. På vintern är det mörkt, typ.", TID, US, -1, "pain"),
    M(SARA, "Konserter då?"),
    P(LEO, "Det bästa. Vi spelade på Forsenfestivalen i maj, på en riktig scen. Det var folk där som inte var föräldrar. (skratt)", KON, US, 1, "praise"),
    P(IDA, "Föreställningen är grejen med allt. Tre veckor av repetitioner, man blir som en familj.", KON, US, 1, "praise"),
    P(SELMA, "Pianokonserterna är inte så roliga. Man sitter och väntar i två timmar för att spela en minut.", KON, US, -1, "pain"),
    P(NOAH, "Fast man behöver väl inte vara där hela tiden?", KON, US, 0, "question"),
    P(SELMA, "Jo, man ska sitta kvar. Det är regel.", KON, US, -1, "neutral"),
    M(SARA, "Hur får ni veta saker från kulturskolan?"),
    P(IDA, "Allt går via föräldrarnas mejl. Även när man är arton. Jag fick be mamma vidarebefordra.", KOM, US, -1, "pain"),
    P(LEO, "Vi har en gruppchatt med läraren. Det funkar bättre än allt annat.", KOM, US, 1, "praise"),
    P(SELMA, "Om lektionen är inställd står det i appen. Men jag har inte appen, mamma har den. Så jag har stått utanför en låst dörr. (ohb) två gånger.", KOM, US, -1, "pain"),
    M(SARA, "Har ni funderat på att sluta eller byta?"),
    P(SELMA, "Jag vill byta till sång. Men då måste jag ställa mig i kö igen och då tar det kanske två år. Så jag fortsätter med piano så länge, fast jag inte vill.", SLU, FU, -1, "pain"),
    P(ALVA, "Jag slutade. Det var inte så svårt, man bara klickade i e-tjänsten. Ingen frågade varför.", SLU, FU, 0, "neutral"),
    P(IDA, "För mig tar det slut för att jag fyller tjugo. Det finns vuxenkurser, men de kostar typ tre gånger så mycket och går på dagtid.", SLU, FU, -1, "pain"),
    B(NOAH, "Orättvist."),
    M(SARA, "Sista frågan. En sak ni vill säga till kulturskolan?"),
    P(LEO, "Fler band. Det finns typ två rockband för hela kommunen.", KON, US, 0, "suggestion"),
    P(SELMA, "Att man får byta instrument utan att börja om i kön.", SLU, FU, 0, "suggestion"),
    P(ALVA, "Att de pratar med idrottsföreningarna om tiderna.", TID, US, 0, "suggestion"),
    P(NOAH, "Kortare kö. (skratt) Ja men seriöst.", KO, PR, 0, "suggestion"),
    P(IDA, "Att man får vara kvar tills man är typ tjugofem. Eller att vuxenkursen kostar samma.", SLU, FU, 0, "suggestion"),
    M(SARA, "Tack, det var jättebra. Ni har varit superbra."),
    B(LEO, "Får vi fika nu?"),
]

# ---------------------------------------------------------------------------
# intervju-1.txt: a mother, Jefferson-style transcript (conversation analysis)
# ---------------------------------------------------------------------------
I1 = [
    M(INT, "å då (.) kan du börja med att berätta lite om olle å hur de började"),
    P(MAJ, "ja (.) olle är nio nu å han har (0.6) han har velat spela cello sen han var sex ungefär=", BEH, N, 0, "neutral"),
    M(INT, "=mm"),
    P(MAJ, "de var en konsert i skolan (.) stråkorkestern från kulturskolan kom å spelade i aulan å han kom hem å sa att han skulle bli (.) ↑cellist ((skrattar))", BEH, N, 0, "neutral"),
    M(INT, "((skrattar)) visste ni om kulturskolan innan dess", gap=0.4),
    P(MAJ, "ne:j inte egentligen (.) alltså jag visste att den fanns men inte hur man kom in (0.8) jag gick in på hemsidan å de var mest bilder (.) på barn som spelar", INF, FI, -1, "pain"),
    M(INT, "hittade du hur man anmäler sig"),
    P(MAJ, "till slut (.) de låg under >utbildning å förskola< (.) inte under kultur å fritid som man kunde tro", INF, FI, -1, "pain"),
    M(INT, "hm"),
    P(MAJ, "så: jag ställde honom i kö i e-tjänsten (.) de gick smidigt faktiskt (.) bankid å tre klick", ANM, AP, 1, "praise"),
    P(MAJ, "å hans lillasyster vill också börja nu (.) å jag tänkte att hon får väl förtur nu när olle är inne", FOR, AP, 0, "neutral"),
    M(INT, "vet du om de finns syskonförtur"),
    P(MAJ, "de trodde jag (.) min granne sa de (0.5) hon har tre barn där så", FOR, FI, 0, "neutral"),
    M(INT, "mm (.) å när du hade anmält honom (.) vad hände då"),
    P(MAJ, "sen väntade vi (1.2) i två och ett halvt år", KO, PR, -1, "pain"),
    M(INT, "två och ett halvt år"),
    P(MAJ, "ja: (.) å under den tiden hörde vi [ingenting", KO, PR, -1, "pain"),
    M(INT, "[mm", ov=True),
    P(MAJ, "°ingenting° (.) ingen hörde av sig", KO, PR, -1, "pain"),
    M(INT, "ringde du nån gång"),
    P(MAJ, "jag mejlade en gång (.) å fick svar att han stod i kö å att kön till cello var lång (.) ja tack (.) de visste jag ju", KOM, PR, -1, "pain"),
    M(INT, "((skrattar))"),
    P(MAJ, "å sen kom de ett erbjudande (.) men på ↑fiol", ERB, DE, 0, "neutral"),
    M(INT, "oj"),
    P(MAJ, "ja (.) de stod att de inte fanns nån cellolärare med lediga tider (.) men att han kunde börja på fiol å byta sen (0.7) å jag visste inte om (.) om man förlorade sin plats i cellokön om man tackade ja", ERB, DE, -1, "pain"),
    M(INT, "mm"),
    P(MAJ, "så jag ringde (.) å de var en jättetrevlig kvinna på administrationen som förklarade att han fick stå kvar i cellokön (.) de var skönt", KOM, DE, 1, "praise", gap=1.1),
    M(INT, "så han tackade ja till fiol"),
    P(MAJ, "han tackade ja till fiol (.) motvilligt ((skrattar))", ERB, DE, 0, "neutral"),
    M(INT, "hur har de gått"),
    P(MAJ, "°de har gått° (.) ((skrattar)) nej men läraren är jättebra (.) hon märkte ju direkt att han egentligen ville spela cello så hon lät honom spela fiolen (.) stående (.) som en cello=", UND, US, 1, "praise"),
    M(INT, "=↑nej"),
    B(MAJ, "jo::"),
    M(INT, "((skrattar)) å avgiften (.) hur har de varit"),
    P(MAJ, "de är niohundra i terminen (.) plus instrumenthyra (.) tvåhundrafemti för fiolen (.) de är okej för oss men (.) jag vet att de inte är okej för alla i hans klass", AVG, DE, 0, "neutral"),
    M(INT, "fakturan då"),
    P(MAJ, "den kom i november för hela hösten (.) å då hade jag glömt bort den (.) så de blev en påminnelseavgift på sextio kronor ((skrattar)) så de var mitt fel", AVG, DE, 0, "neutral"),
    M(INT, "när är lektionerna"),
    P(MAJ, "onsdagar kvart över tre (.) i kulturhuset (.) å de innebär att jag måste gå från jobbet halv tre (.) varje onsdag (1.0) jag jobbar i vården så de är inte så lätt att bara (.) gå", TID, US, -1, "pain"),
    M(INT, "nej"),
    P(MAJ, "om de hade legat på skoltid i hans skola hade allt varit enkelt (.) vissa skolor har de", TID, US, 0, "suggestion"),
    M(INT, "har han varit med på nån konsert"),
    P(MAJ, "ja: (.) vårkonserten i kulturhuset (.) alla nybörjare på stråk spelade blinka lilla tillsammans (.) typ trettio barn (.) de var kaos å de var underbart", KON, US, 1, "praise"),
    M(INT, "((skrattar))"),
    P(MAJ, "han säger att de var då han bestämde sig för att stanna kvar (.) ↑trots fiolen", KON, US, 1, "praise"),
    M(INT, "å nu i höstas (.) har de hänt nåt med cellon"),
    P(MAJ, "nej (1.4) vi fick ett mejl i juni om att bekräfta fiolplatsen (.) de gjorde vi (.) men om cellokön står de ingenting nånstans (.) jag vet inte ens om han står kvar (.) °ärligt talat°", SLU, FU, -1, "pain"),
    M(INT, "om du fick önska nåt"),
    P(MAJ, "att man kunde se i e-tjänsten var man står (.) i vilka köer (.) å att man får ett mejl en gång om året (.) du står kvar (.) de räcker", KO, PR, 0, "suggestion"),
    P(MAJ, "å fler cellolärare ((skrattar))", UND, US, 0, "suggestion"),
    M(INT, "tack maja"),
    B(MAJ, "tack själv", 1, "praise"),
]

# ---------------------------------------------------------------------------
# intervju-2.txt: an adult student, Panopto caption download
# ---------------------------------------------------------------------------
I2 = [
    M(HANNA, "Du kommer direkt från lektionen, har jag förstått?"),
    B(GORAN, "Ja, sånglektion. Jag är fortfarande varm i rösten, så ursäkta om jag låter glad."),
    M(HANNA, "Vi tar det från början. Vem är du?"),
    P(GORAN, "Jag heter Göran, jag är sextiosju och pensionerad lokförare. Jag har alltid sjungit i bilen, och när jag gick i pension sa min fru att nu får du göra något med det.", BEH, N, 0, "neutral"),
    M(HANNA, "Hur hittade du kulturskolan?"),
    P(GORAN, "Det var en annons i Älvbybladet, om vuxenkurser. Jag trodde att kulturskolan bara var för barn.", INF, FI, 0, "neutral"),
    P(GORAN, "Och på hemsidan står allt om barn. Vuxenkurserna ligger längst ner under Övrigt, efter lokaluthyrning.", INF, FI, -1, "pain"),
    P(GORAN, "Mina kompisar i kören frågade hur jag kom in. Ingen av dem visste att det gick.", INF, FI, -1, "neutral"),
    M(HANNA, "Hur anmälde du dig?"),
    P(GORAN, "Med BankID, det gick bra. Men formuläret frågade efter vårdnadshavare. Jag fyllde i min fru. [skrattar]", ANM, AP, 0, "pain"),
    P(GORAN, "Bekräftelsen kom direkt i alla fall, med datum och allt. Det var tydligt.", ANM, AP, 1, "praise"),
    M(HANNA, "Fick du vänta?"),
    P(GORAN, "Nej, vuxna får bara restplatser, har jag förstått. Så jag fick en plats på gitarr två veckor efter terminsstart, när någon hade hoppat av.", FOR, DE, 0, "neutral"),
    M(HANNA, "Hur kändes det, att vara restplats?"),
    P(GORAN, "Det gör mig ingenting. Barnen ska gå först, det tycker jag är rätt.", FOR, DE, 1, "praise"),
    M(HANNA, "Och avgiften?"),
    P(GORAN, "Den är tre gånger så hög som för barnen, tvåtusen sjuhundra i terminen. Det är mycket, men det är ungefär vad en privatlärare kostar. Jag klagar inte.", AVG, DE, 0, "neutral"),
    P(GORAN, "Fast fakturan kom i min frus namn, för att hon stod som vårdnadshavare. Det tog en stund att reda ut.", AVG, DE, -1, "pain"),
    M(HANNA, "Hur är lektionerna?"),
    P(GORAN, "Min lärare är tjugofyra år. Hon kunde vara mitt barnbarn. Och hon är väldigt bra, hon är inte rädd för att säga att jag sjunger falskt.", UND, US, 1, "praise"),
    B(GORAN, "Hon sa det snällare. [skrattar]"),
    M(HANNA, "Och gitarren?"),
    P(GORAN, "Jag har lärt mig fyra ackord. G, C, D och e-moll. Sång och gitarr samtidigt är som att klappa sig på huvudet och gnugga sig på magen.", UND, US, 0, "neutral"),
    M(HANNA, "Vilka tider har du?"),
    P(GORAN, "Jag har lektion klockan tio på förmiddagen. Det är en fördel med att vara pensionär, de tiderna vill ingen annan ha.", TID, US, 1, "praise"),
    M(HANNA, "Har du varit med på någon konsert?"),
    P(GORAN, "Jag var med på vårkonserten. Jag var den ende över tretton. Det var lite som att vara med i fel film, men barnen var så fina mot mig.", KON, US, 0, "neutral"),
    M(HANNA, "Hur får du besked från kulturskolan?"),
    P(GORAN, "Allt kommer i en app, och appen är gjord för föräldrar. Jag får meddelanden om ditt barns lektion. Det är lite komiskt.", KOM, US, -1, "neutral"),
    P(GORAN, "Och när lektionen ställdes in kom meddelandet på morgonen, men jag tittar inte i appen på morgonen. Så jag åkte dit i onödan en gång.", KOM, US, -1, "pain"),
    M(HANNA, "Tänker du fortsätta?"),
    P(GORAN, "Ja, men jag fick höra att vuxna måste söka om varje termin. Man har ingen fast plats. Så jag vet aldrig om jag får fortsätta.", SLU, FU, -1, "pain"),
    M(HANNA, "Vet du om det stämmer?"),
    P(GORAN, "Nej. Det var en annan vuxen i kön som sa det. Jag har inte frågat.", SLU, FU, 0, "neutral"),
    M(HANNA, "Vad skulle du ändra?"),
    P(GORAN, "En egen sida för vuxna, där det står vad som gäller. Och en blankett utan vårdnadshavare.", INF, FI, 0, "suggestion"),
    P(GORAN, "Och att man får behålla sin plats om man sköter sig, även som vuxen.", SLU, FU, 0, "suggestion"),
    M(HANNA, "Tack, Göran."),
    B(GORAN, "Tack själv, det var trevligt.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# intervju-3.txt: a mother of two, TurboScribe with speaker recognition
# ---------------------------------------------------------------------------
I3 = [
    M(S1, "Då är vi igång, tror jag. Ja. Kan du börja med att berätta om familjen?"),
    P(S2, "Ja, vi är jag och min sambo och två barn, Wilma som är tolv och Melvin som är åtta. Wilma spelar tvärflöjt sedan tre år, och Melvin står i kö till trummor.", BEH, N, 0, "neutral"),
    M(S1, "Hur kom det sig att Wilma började?"),
    P(S2, "Hon hade en kompis som spelade. Och sen var det prova-på i skolan i trean, och hon kom hem och var helt säker. Så vi ställde henne i kö samma kväll.", INF, FI, 1, "praise"),
    M(S1, "Var hittade ni hur man gör?"),
    P(S2, "Kompisens mamma skickade länken. Jag hade aldrig hittat den själv, ärligt talat, hemsidan är mest bilder.", INF, FI, -1, "neutral"),
    M(S1, "Och hur lång tid tog det?"),
    P(S2, "Ett år, ungefär. Det var inte så farligt. Flöjt är inte lika populärt som gitarr.", KO, PR, 0, "neutral"),
    M(S1, "Hur kom erbjudandet?"),
    P(S2, "Som sms, i augusti. Vi svarade samma kväll, det var enkelt, bara att klicka på länken.", ERB, DE, 1, "praise"),
    M(S1, "Och Melvin?"),
    P(S2, "Melvin har stått i kö i ett och ett halvt år. Och jag trodde att det skulle gå fortare nu, för att Wilma redan är inne, men det gör det inte.", FOR, PR, -1, "pain"),
    M(S1, "Trodde du att det fanns syskonförtur?"),
    P(S2, "Ja, det stod så när vi anmälde Wilma. Men nu står det ingenting om det, och ingen har sagt att det har tagits bort. Man får gissa.", FOR, PR, -1, "pain"),
    B(S3, "Mamma, var är laddaren?"),
    B(S2, "I köket. Förlåt. Han har lov i dag."),
    M(S1, "Ingen fara. Hur är det för honom att vänta?"),
    P(S2, "Han frågar varje vecka. Varje vecka. Och jag har inget att säga, för jag vet ju ingenting.", KO, PR, -1, "pain"),
    M(S1, "Hur gick anmälan för Melvin?"),
    P(S2, "Den gjorde jag i mobilen. Man fyller i barnets personnummer, skola, önskat ämne. Det var enkelt, faktiskt. Det svåra var att välja ämne, för man får bara välja ett. Han ville ha både trummor och teater.", ANM, AP, 0, "neutral"),
    M(S1, "Kunde han inte stå i två köer?"),
    P(S2, "Jo, visade det sig sen. Man gör två anmälningar. Men det stod inte, det fick jag veta av en annan mamma på föräldramötet.", ANM, AP, -1, "pain"),
    M(S1, "Okej. Om vi pratar om avgiften."),
    P(S2, "Ja. Alltså, avgiften i sig är rimlig. Niohundra kronor. Och syskonrabatten är väl att det andra barnet kostar hälften, tror jag, men Melvin har ju ingen plats än, så den har vi inte fått.", AVG, DE, 0, "neutral"),
    P(S2, "Men det som var konstigt var att vi fick två fakturor, en för flöjten och en för instrumenthyran, med olika förfallodagar. Och den ena kom som e-faktura och den andra på papper.", AVG, DE, -1, "pain"),
    M(S1, "Hur kommer det sig?"),
    P(S2, "Ingen aning. Jag mejlade och fick svaret att instrumenten hanteras av en annan avdelning. Vilket, okej, men det är ju samma kulturskola för mig.", KOM, DE, -1, "pain"),
    M(S1, "Hur är lektionerna för Wilma?"),
    P(S2, "Jättebra. Hon har en lärare som heter Per som har haft henne från början. Hon har gått från att inte få fram ett ljud till att spela i orkestern.", UND, US, 1, "praise"),
    M(S1, "Och tiderna?"),
    P(S2, "Flöjten ligger på skoltid, i hennes skola. Det är perfekt för oss. Men orkestern är på måndagskvällar i Kulturhuset, och det krockar med simningen.", TID, US, 0, "pain"),
    M(S1, "Vad har ni valt?"),
    P(S2, "Hon slutade simma. Det var hennes eget val. Jag tror att orkestern vann för att hennes kompisar är där.", KON, US, 0, "neutral"),
    M(S1, "Har ni varit på konserter?"),
    P(S2, "Ja, flera. Julkonserten i kyrkan är fantastisk. Men den är alltid samma kväll som skolans luciatåg. Två år i rad har vi fått springa mellan.", KON, US, 0, "pain"),
    M(S1, "Har ni funderat på att sluta?"),
    P(S2, "Inte Wilma. Men vi fick ett mejl i maj om att bekräfta platsen, och där stod det att om man inte bekräftar går platsen till nästa i kön. Det var tydligt, jag gillade att det var tydligt. Men det kom till min sambos mejl, inte mitt, så det var ren tur att han läste det.", SLU, FU, 0, "pain"),
    M(S1, "Om du fick ändra en sak?"),
    P(S2, "En faktura. En. Med allt på. Och att man ser i e-tjänsten vilka köer barnen står i och hur länge de har stått där.", AVG, DE, 0, "suggestion"),
    P(S2, "Och så att man skriver rakt ut hur det är med syskon. Om det finns förtur eller inte.", FOR, PR, 0, "suggestion"),
    M(S1, "Tack så mycket."),
    B(S2, "Tack, det var kul att få säga något.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# intervju-4.docx: the administrator (staff), Word with line numbering
# ---------------------------------------------------------------------------
I4 = [
    M(INTV, "Kan du börja med att berätta om din roll?"),
    P(ANNIKA, "Jag är administratör på kulturskolan sedan sex år. Jag har hand om kön, erbjudanden, avgifter och det mesta som har med vårdnadshavare att göra. Vi är en och en halv tjänst på elvahundra elever.", KOM, N, 0, "neutral"),
    M(INTV, "Vad får du för frågor oftast?"),
    P(ANNIKA, "Var står mitt barn i kön. Varför fick grannens barn plats före. Och fakturor. I den ordningen.", KOM, PR, 0, "neutral"),
    M(INTV, "Hur många står i kö just nu?"),
    P(ANNIKA, "Ungefär sexhundrafemtio barn. Flest till gitarr, piano är på väg upp, och dans. Till cello och slagverk är det långt, för att vi har få lärare.", KO, PR, 0, "neutral"),
    M(INTV, "Hur lång är väntetiden?"),
    P(ANNIKA, "Det varierar mellan ett halvår och tre år. Jag brukar säga till föräldrar att de inte ska räkna med något alls första året.", KO, PR, 0, "neutral"),
    M(INTV, "Hur prioriteras kön?"),
    P(ANNIKA, "Kötid i första hand, räknat från anmälningsdagen. Syskonförturen togs bort 2023, efter ett politiskt beslut om likvärdighet. Men den lever kvar hos föräldrar, det märker jag varje vecka.", FOR, PR, 0, "neutral"),
    M(INTV, "Hur når ni ut med det?"),
    P(ANNIKA, "Det står på hemsidan. Under vanliga frågor. Jag vet att ingen läser vanliga frågor.", INF, FI, -1, "neutral"),
    M(INTV, "Och vuxna?"),
    P(ANNIKA, "Vuxna får restplatser när barnkön är erbjuden. Och de söker om varje termin, det stämmer.", FOR, DE, 0, "neutral"),
    M(INTV, "Åldersgränsen, då?"),
    P(ANNIKA, "Man kan ställa sig i kö från sex år, men erbjudanden på blåsinstrument går till barn som fyllt sju, och på stråk kan man börja från sex. Det är olika per ämne, och det är ett av de vanligaste missförstånden.", ANM, AP, 0, "neutral"),
    M(INTV, "Det kom upp i en fokusgrupp att båda vårdnadshavarna måste godkänna."),
    P(ANNIKA, "Ja. Det är ett krav från juristerna, eftersom det är ett avtal som kostar pengar. Och det är den vanligaste orsaken till att anmälningar fastnar. Den andra föräldern får ett mejl, och det är ofta den föräldern som inte bor med barnet.", ANM, AP, -1, "pain"),
    M(INTV, "Ser föräldern att det har fastnat?"),
    P(ANNIKA, "Jag ser det. Föräldern ser inväntar medsökande. Vi har bett leverantören ändra texten i två år.", ANM, AP, -1, "pain"),
    M(INTV, "Varför visar ni inte köplatsen?"),
    P(ANNIKA, "För att den inte säger så mycket. Ett erbjudande beror på vilken lärare som får en lucka, vilken dag och i vilken del av kommunen. Nummer fem kan vänta längre än nummer tjugo. Då blir folk argare, inte gladare.", KO, PR, 0, "neutral"),
    M(INTV, "Hur går ett erbjudande till?"),
    P(ANNIKA, "Systemet skickar ett sms och ett mejl. Man har fem dagar på sig att svara. Svarar man inte går erbjudandet vidare, men man behåller sin kötid. Det vet nästan ingen.", ERB, DE, 0, "neutral", split=True),
    M(INTV, "Fem dagar är kort, sa en förälder."),
    P(ANNIKA, "Det håller jag med om. Men varje dag vi väntar står en lärare med en tom lucka. Vi har diskuterat sju dagar.", ERB, DE, 0, "neutral"),
    M(INTV, "Och om man får ett annat ämne än man har sökt?"),
    P(ANNIKA, "Det händer när vi har lediga tider på fiol men inte på cello. Då erbjuder vi fiol, och barnet står kvar i cellokön. Men det står kanske inte tydligt.", ERB, DE, 0, "neutral"),
    M(INTV, "Bekräftelsen inför hösten, hur fungerar den?"),
    P(ANNIKA, "Ja, det är den som gör mest ont. Man bekräftar sin plats i e-tjänsten före den femtonde juni. Vi skickar två påminnelser. Förra året tappade sextio elever platsen för att de inte bekräftade, och jag tror att hälften av dem ville vara kvar.", SLU, FU, -1, "pain", split=True),
    M(INTV, "Varför har ni bekräftelsen?"),
    P(ANNIKA, "För att annars står det elever kvar som har slutat för länge sedan, och då kommer inte kön framåt. Innan vi hade den fick lärarna höra i september att eleven hade flyttat till Umeå.", SLU, FU, 0, "neutral"),
    M(INTV, "Kan man få tillbaka platsen?"),
    P(ANNIKA, "Om läraren inte har gett bort tiden, ja, ibland. Jag gör det när jag kan. Men det står ingenstans, och det är inte rättvist mot dem som inte hör av sig.", SLU, FU, 0, "neutral"),
    M(INTV, "Byte av instrument?"),
    P(ANNIKA, "Formellt är det en ny anmälan. I praktiken försöker lärarna ordna det internt. Jag skulle vilja att vi gjorde det till en regel.", SLU, FU, 0, "suggestion"),
    M(INTV, "Avgifterna, hur ser de ut?"),
    P(ANNIKA, "Niohundra kronor per termin för instrument, sång och dans, sexhundra för teater och bild. Syskonrabatt: andra barnet halva priset, tredje gratis. Instrumenthyra trehundra. Och man kan söka nedsättning om man har låg inkomst.", AVG, DE, 0, "neutral"),
    M(INTV, "Hur många söker nedsättning?"),
    P(ANNIKA, "Tjugotre familjer förra året. Av elvahundra elever. Jag tror att det borde vara många fler. Det står inte på fakturan, och det borde det göra.", AVG, DE, 0, "suggestion"),
    M(INTV, "Varför kommer fakturan så sent på terminen?"),
    P(ANNIKA, "För att vi fakturerar när terminens grupper är klara, och det blir oktober. Instrumenthyran går via ett annat system, därför kommer den för sig. Jag förstår att det är förvirrande.", AVG, DE, 0, "neutral"),
    M(INTV, "Hur hinner du svara på alla frågor?"),
    P(ANNIKA, "Jag hinner inte. Formuläret ger mig ungefär fyrtio ärenden i veckan, och jag svarar inom en vecka om det går. Telefontiden lades ner i fjol. Jag tycker inte att det var ett bra beslut.", KOM, PR, -1, "pain"),
    M(INTV, "Lektioner på skoltid, hur ser du på det?"),
    P(ANNIKA, "Vi har det på sju skolor. Det är populärt hos föräldrar, mindre hos en del lärare på skolorna, som tycker att eleverna missar matte.", TID, US, 0, "neutral"),
    M(INTV, "Nyanlända familjer, når ni dem?"),
    P(ANNIKA, "Allt vi skickar är på svenska. Vi har en text på engelska och arabiska på hemsidan, men e-tjänsten är bara på svenska. De familjerna hittar oss mest via skolan, genom El Sistema-gruppen i Bergsjö.", INF, FI, 0, "pain"),
    M(INTV, "Vad fungerar bra?"),
    P(ANNIKA, "Lärarna. Och konserterna. När jag står i foajén på vårkonserten och ser föräldrarna, då förstår jag varför vi håller på. Det låter kanske klyschigt.", KON, US, 1, "praise"),
    M(INTV, "Något du vill ändra?"),
    P(ANNIKA, "Att man ser i e-tjänsten vilka köer man står i och ungefär hur lång väntetiden brukar vara för ämnet. Inte en plats, utan ett spann. Jag tror att det skulle ta bort hälften av mina mejl.", KO, PR, 0, "suggestion"),
    M(INTV, "Tack så mycket."),
    B(ANNIKA, "Tack själv.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# intervju-5.vtt: a newly arrived mother, Teams
# ---------------------------------------------------------------------------
I5 = [
    M(ASA, "Hej Nadia, hör du mig?"),
    B(NADIA, "Ja, jag hör. Bilden är lite... nu är den bra."),
    M(ASA, "Vad bra. Kan du berätta lite om dig och familjen?"),
    P(NADIA, "Vi kom till Sverige för fyra år sedan. Jag har två barn, Lina är elva och Adam är åtta. Lina dansar på kulturskolan sedan i fjol.", BEH, N, 0, "neutral"),
    M(ASA, "Hur fick ni veta om kulturskolan?"),
    P(NADIA, "Från skolan. Det finns en grupp, El Sistema, i Bergsjö skola, där alla barn spelar fiol i trean. Lina spelade där, och läraren sa: hon har rytm, hon måste dansa.", INF, FI, 1, "praise"),
    P(NADIA, "Jag visste inte att det fanns en skola bara för musik och dans. I mitt land det är bara för rika.", BEH, N, 0, "neutral"),
    M(ASA, "Hur var det att anmäla?"),
    P(NADIA, "Svårt. Allt på svenska, och då, för tre år sedan, jag hade inte BankID. Man kan inte anmäla utan BankID.", ANM, AP, -1, "pain"),
    M(ASA, "Hur löste du det?"),
    P(NADIA, "Linas lärare i El Sistema hjälpte mig. Vi satt i skolan efter lektionen och hon gjorde det med mig, på papper. Det fanns en blankett, men bara om man frågade.", ANM, AP, 0, "pain"),
    M(ASA, "Och sen?"),
    P(NADIA, "Sen vi väntade ett år. Jag trodde att de hade glömt oss. Jag fick inga brev. Jag skickade mejl på engelska men ingen svarade.", KOM, PR, -1, "pain"),
    M(ASA, "Ingen svarade alls?"),
    P(NADIA, "Nej. Eller, kanske i skräpposten. (skrattar)", KOM, PR, -1, "neutral"),
    M(ASA, "Hur kom erbjudandet?"),
    P(NADIA, "Ett sms. Du har erbjudits plats i Dans Jazz 1, svara senast 12/9. Jag förstod inte var man svarar. Jag svarade på sms:et. Det var fel.", ERB, DE, -1, "pain"),
    M(ASA, "Vad hände då?"),
    P(NADIA, "Läraren i skolan ringde kulturskolan. Och en kvinna där fixade det. Hon var väldigt snäll, hon pratade långsamt.", KOM, DE, 1, "praise"),
    M(ASA, "Hur är avgiften för er?"),
    P(NADIA, "Niohundra är mycket för oss. Jag läser på SFI och min man kör taxi. Men Lina var så glad, så vi betalar.", AVG, DE, 0, "pain"),
    M(ASA, "Visste du att man kan söka nedsättning?"),
    P(NADIA, "Nej. Vad är det?", AVG, DE, 0, "question"),
    M(ASA, "Att avgiften blir lägre om man har låg inkomst."),
    P(NADIA, "Ingen har sagt det. Det är... wow. Ja, det vill jag söka. Var gör man det?", AVG, FI, 0, "question"),
    M(ASA, "Jag skickar länken efteråt."),
    B(NADIA, "Tack.", 1, "praise"),
    M(ASA, "Hur är dansen för Lina?"),
    P(NADIA, "Hon älskar. Läraren Jonna är fantastisk. Lina var tyst i skolan, nu hon tar plats. Hon visar mig danser i köket varje kväll.", UND, US, 1, "praise"),
    M(ASA, "Och tiderna?"),
    P(NADIA, "Dansen är på torsdag klockan fem i Kulturhuset. Vi har ingen bil. Bussen tar trettio minuter och vi måste byta. Jag följer henne, och Adam måste komma med. Det blir hela kvällen.", TID, US, -1, "pain"),
    M(ASA, "Har ni varit på någon uppvisning?"),
    P(NADIA, "Ja! I maj. Hela familjen, och min svärmor kom från Göteborg. Jag filmade allt. Det var första gången jag satt i en teater i Sverige.", KON, US, 1, "praise"),
    P(NADIA, "Och efter, de andra föräldrarna pratade med mig. Det var första gången jag pratade med svenska föräldrar, på riktigt.", KON, US, 1, "praise"),
    M(ASA, "Adam då, står han i kö?"),
    P(NADIA, "Ja, till piano. Jag anmälde själv i år, med BankID. Jag är stolt. (skrattar) Men jag vet inte hur länge. En mamma sa att syskon får gå först. Stämmer det?", FOR, PR, 0, "question"),
    M(ASA, "Det vet jag faktiskt inte säkert, det får jag kolla."),
    B(NADIA, "Okej."),
    M(ASA, "Har det hänt något med Linas plats sedan hon började?"),
    P(NADIA, "I juni det kom ett mejl, bekräfta platsen. Det var långt, mycket text. Jag förstod inte att det var viktigt. Min granne sa: Nadia, du måste klicka, annars hon förlorar. Så jag klickade sista dagen.", SLU, FU, -1, "pain"),
    M(ASA, "Vad skulle du vilja ändra?"),
    P(NADIA, "Information på enkel svenska. Och arabiska, kanske engelska. Inte lång text. Bara vad, när och vad det kostar.", INF, FI, 0, "suggestion"),
    P(NADIA, "Och att man kan ringa och prata med en människa.", KOM, US, 0, "suggestion"),
    M(ASA, "Tack Nadia, det här var jättevärdefullt."),
    B(NADIA, "Tack till dig. Hälsa kulturskolan att Lina älskar dem.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# intervju-6.txt: a teenager with ADHD, InqScribe
# ---------------------------------------------------------------------------
I6 = [
    M(I_, "Okej, den går nu. Berätta lite om dig själv."),
    P(V_, "Vincent. Femton. Jag går i nian på Norrstrandsskolan.", BEH, N, 0, "neutral"),
    M(I_, "Och du går på teater på kulturskolan?"),
    P(V_, "Ja. Sen två år.", BEH, N, 0, "neutral"),
    M(I_, "Hur kom det sig?"),
    P(V_, "Jag har ADHD. Det är ingen hemlighet. Jag hade det ganska jobbigt i skolan, i sjuan typ. Min mamma tyckte att jag skulle göra nåt efter skolan som inte var fotboll, för jag blev alltid arg på fotbollen.", BEH, N, 0, "neutral"),
    M(I_, "Varför just teater?"),
    P(V_, "Det var min specialpedagog. Hon sa att jag är bra på att härma folk. (skratt) Vilket typ är sant.", INF, FI, 0, "neutral"),
    M(I_, "Hur fick ni veta hur man gör?"),
    P(V_, "Mamma googlade. Hon hittade inte teatern först, för den heter drama på hemsidan. Eller tvärtom. Nåt sånt.", INF, FI, -1, "neutral"),
    M(I_, "Fick du vänta länge?"),
    P(V_, "Nej. Teater har typ ingen kö. Jag fick börja efter en månad. Det var för att en kille hade slutat.", KO, PR, 1, "praise"),
    M(I_, "Hur var första gången?"),
    P(V_, "Jag höll på att gå hem. Jag stod utanför dörren i tio minuter. Sen kom ledaren ut och sa, du måste vara Vincent, vi har väntat på dig. Och då gick jag in.", UND, US, 1, "praise"),
    M(I_, "Vad gör ni på lektionerna?"),
    P(V_, "Improvisation mest. Och övningar. Man får röra sig hela tiden, man sitter aldrig still. Det är därför det funkar för mig, tror jag.", UND, US, 1, "praise"),
    M(I_, "Har det varit något som inte har funkat?"),
    P(V_, "I början var det en annan ledare. Hon ville att man skulle sitta i ring och prata om känslor i en halvtimme. Det klarade jag inte. Jag blev utskickad en gång.", UND, US, -1, "pain"),
    M(I_, "Utskickad?"),
    P(V_, "Ja. För att jag pratade. Typ hela tiden. (paus) Det kändes som skolan igen.", UND, US, -1, "pain"),
    M(I_, "Vad hände sen?"),
    P(V_, "Mamma mejlade rektorn på kulturskolan. Och sen fick jag byta grupp. Till Tove. Hon är bäst.", SLU, US, 1, "praise"),
    M(I_, "Vad gör Tove annorlunda?"),
    P(V_, "Hon säger vad vi ska göra innan vi gör det. Typ, nu ska vi göra tre saker, först det här. Och hon blir inte sur om man behöver gå ut och gå en sväng.", UND, US, 1, "praise"),
    M(I_, "Hur är tiderna?"),
    P(V_, "Onsdagar fyra till halv sex. Det är bra, för då är skolan slut. Men min medicin går ur vid fem, så sista halvtimmen är jobbig.", TID, US, 0, "pain"),
    M(I_, "Har ni haft någon föreställning?"),
    P(V_, "Ja, i våras. Vi gjorde en egen pjäs om en skolresa som går åt helvete. (skratt) Jag var busschauffören.", KON, US, 1, "praise"),
    P(V_, "Min pappa kom. Han kommer aldrig på saker. Han sa att jag var rolig. Alltså, på riktigt.", KON, US, 1, "praise"),
    M(I_, "Hur är det att vara med i gruppen?"),
    P(V_, "Det är de enda jag umgås med utanför skolan. Vi har en grupp på Snap.", KON, US, 1, "praise"),
    M(I_, "Vet du vad det kostar?"),
    P(V_, "Nej. Sexhundra? Mamma betalar. Hon säger att det är det billigaste som har funkat.", AVG, DE, 0, "neutral"),
    M(I_, "Kommer du att fortsätta?"),
    P(V_, "Ja. Fast i gymnasiet flyttar jag kanske till Sundsvall. Då vet jag inte. Finns det teater där?", SLU, FU, 0, "question"),
    M(I_, "Det vet jag inte, men det kan vi kolla."),
    P(V_, "Och man måste bekräfta platsen varje vår, det har mamma sagt. Hon har satt ett larm i mobilen. (skratt)", SLU, FU, 0, "neutral"),
    M(I_, "Om du fick säga något till kulturskolan?"),
    P(V_, "Att fler som är som jag borde få veta att det finns. Typ, specialpedagogerna borde säga det till alla.", INF, FI, 0, "suggestion"),
    P(V_, "Och att ledarna ska fatta att alla inte kan sitta still. Det är inte för att man är dum.", UND, US, 0, "suggestion"),
    M(I_, "Tack Vincent."),
    B(V_, "Lugnt."),
]


def interject(turns, words):
    """A moderator's backchannel between two consecutive turns of one participant, as
    the transcriber heard it; the moderator is the session's first moderator."""
    mod = next(t["speaker"] for t in turns if t["mod"])
    out, k = [], 0
    for t in turns:
        if out and out[-1]["speaker"] == t["speaker"]:
            out.append(M(mod, words[k % len(words)]))
            k += 1
        out.append(t)
    return out


FG1 = interject(FG1, ["Mm."])
FG2 = interject(FG2, ["Mm.", "Okej."])
I1 = interject(I1, ["mm", "hm"])
I2 = interject(I2, ["Mm.", "Okej.", "Ja."])
I3 = interject(I3, ["Mm.", "Okej."])
I4 = interject(I4, ["Mm."])
I5 = interject(I5, ["Mm.", "Okej."])
I6 = interject(I6, ["Mm.", "Okej."])

SESSIONS = [
    dict(file="fokusgrupp-1.docx", fmt="agency_docx", turns=FG1, seed=31, start=14.0,
         rate=2.3, pause=(0.3, 1.6), author="Ordlyd Transkribering AB",
         epoch=_dt.datetime(2025, 10, 20, 8, 41, 0),
         running_head="Ordlyd Transkribering AB  ·  Uppdrag 25-0412  ·  Konfidentiellt",
         title="TRANSKRIPTION",
         header=["Uppdragsgivare: Älvby kommun, kultur- och fritidsförvaltningen (Kulturskolan)",
                 "Ljudfil: FG1_kulturskolan_251014.m4a (1:02:41). Inspelad 14 oktober 2025, Kulturhuset Forsen.",
                 "Talare: I = samtalsledare, B = bisittare, IP1–IP5 = intervjupersoner i den ordning de först talar.",
                 "Transkriberingsnivå: standard (utfyllnadsord, upprepningar och stakningar borttagna). Tid anges vid varje talarbyte.",
                 "Teckenförklaring: [skratt] = skratt, [hör inte t:mm:ss] = ohörbart, [?? t:mm:ss] = osäkert ord, [namn] = namn borttaget av transkriberaren, // = talarna pratar i mun på varandra."],
         footer_note="[Inspelningen avslutas]"),
    dict(file="fokusgrupp-2.txt", fmt="typist_txt", turns=FG2, seed=32, start=3.0,
         rate=2.4, pause=(0.3, 1.4),
         header=["Fokusgrupp 2 – ungdomar, Älvby kulturskola",
                 "Datum: 16 oktober 2025, Kulturhuset Forsen, rum 2",
                 "Samtalsledare: Sara Nyberg. Deltagare: Alva, Noah, Selma, Leo, Ida (bara förnamn).",
                 "Utskrift: Gunilla Berg (Express Scribe). (ohb) = ohörbart, (skratt), (paus)."],
         note=("Konserter då?", "(Noah kommer tillbaka in, missade ett par minuter)")),
    dict(file="intervju-1.txt", fmt="jefferson_txt", turns=I1, seed=33, start=2.0,
         rate=2.0, pause=(0.2, 1.0), width=58,
         header=["Intervju 1 – Maja (MAJ), förälder. Intervjuare: Karin Wallin (INT).",
                 "Inspelad 21 oktober 2025 hemma hos Maja. Transkriberad av KW enligt Jefferson (förenklad):",
                 "(.) kort paus, (0.8) paus i sekunder, [ början på överlappning, = ingen paus mellan turer,",
                 "°tyst° tyst tal, ↑ stigande ton, : förlängt ljud, >snabbt< snabbt tal, ((skrattar)) kommentar."]),
    dict(file="intervju-2.txt", fmt="panopto_txt", turns=I2, seed=34, start=4.5,
         rate=2.5, pause=(0.4, 1.5), line_chars=37),
    dict(file="intervju-3.txt", fmt="turbo_txt", turns=I3, seed=35, start=0.0,
         rate=2.6, pause=(0.2, 1.2), block_words=30),
    dict(file="intervju-4.docx", fmt="lnnum_docx", turns=I4, seed=36, start=0.0,
         rate=2.2, pause=(0.3, 1.5), author="Petra Sund",
         epoch=_dt.datetime(2025, 11, 7, 13, 22, 0),
         running_head="Projekt: Kulturskolan i Älvby – vägen till en plats  ·  Intervju 4 (personal)  ·  KONFIDENTIELLT",
         title="Intervju 4 – administratör, Älvby kulturskola",
         header=["Datum: 2025-11-05. Plats: Kulturhuset Forsen, kulturskolans kontor. Längd: 46 min.",
                 "Intervjuare: Petra Sund (PS). Intervjuperson: Annika Holm, administratör (kö, erbjudanden, avgifter).",
                 "Transkriberat av PS. Radnumreringen är Words egen (var femte rad, börjar om på varje sida)."]),
    dict(file="intervju-5.vtt", fmt="teams_vtt", turns=I5, seed=37, start=1.8,
         rate=2.0, pause=(0.3, 1.6), cue_words=18, first_id=3),
    dict(file="intervju-6.txt", fmt="inqscribe_txt", turns=I6, seed=38, start=6.0,
         rate=1.9, pause=(0.5, 2.2),
         header=["Intervju 6 – Vincent (V), 15 år, teater. Intervjuare (I): Petra Sund.",
                 "2025-11-12, Kulturhuset Forsen. Transkriberat i InqScribe, tidkod vid varje talarbyte och ungefär varje minut."]),
]

# ---------------------------------------------------------------------------
# Codebook (examples are exact excerpts of participant turns of that theme)
# ---------------------------------------------------------------------------
CODEBOOK = [
    (BEH, "Barnets intresse och behov",
     "Varför barnet, tonåringen eller den vuxne vill till kulturskolan och vem de är: en konsert "
     "som väckte lusten, syskon och kompisar, blyghet, ADHD, ett nytt land, att få vara som man "
     "är. Presentationer hör hit när de handlar om intresset; handlar presentationen om kön eller "
     "en förlorad plats kodas den efter det. Hur man fick veta hur man gör hör till info_hitta.",
     ["och sen var det kört", "dansen är typ det enda stället där han får vara som han är",
      "Jag var jätteblyg"]),
    (INF, "Hitta information och prova på",
     "Att få veta att kulturskolan finns och hur man kommer in: hemsidan, QR-koder och lappar "
     "hem, skolkonserter, prova-på-dagar, andra föräldrar, mentorer, specialpedagoger och "
     "El Sistema, information på andra språk och för vuxna. Att inte veta att nedsättning finns "
     "hör till avgift_faktura; att inte veta vad som gäller för förtur till fortur_rattvisa.",
     ["Den ligger alltid på lördagar", "Vuxenkurserna ligger längst ner under Övrigt",
      "den heter drama på hemsidan"]),
    (ANM, "Anmälan och e-tjänsten",
     "Själva anmälan: e-tjänsten och BankID, att båda vårdnadshavarna ska godkänna (inväntar "
     "medsökande), en anmälan per barn och ämne, ålder för att stå i kö, pappersblankett, "
     "vuxnas e-tjänst och formulär byggda för barn. Väntan efter anmälan hör till ko_vantan.",
     ["båda vårdnadshavarna måste godkänna", "Jag fyllde i min fru",
      "Man kan inte anmäla utan BankID"]),
    (KO, "Kön och väntan",
     "Tiden i kö: hur länge man väntar, tystnaden under väntan, att inte se sin plats, skillnader "
     "mellan ämnen (kort kö till piano och teater, lång till gitarr, cello, trummor), önskemål om "
     "att se köplats eller ett spann. Regler för vem som går före hör till fortur_rattvisa; "
     "mejl och svar under väntan till kontakt_besked.",
     ["Två år och fyra månader", "Han hann tappa intresset och få tillbaka det",
      "Han frågar varje vecka"]),
    (FOR, "Förtur, syskon och rättvisa",
     "Hur kön prioriteras och om det är rättvist: syskonförtur (som många tror finns kvar), "
     "skolor med musikklass, vuxna på restplats, kötid från anmälningsdag, att föräldrar gissar "
     "eller har fel om reglerna. Syskonrabatt på avgiften hör till avgift_faktura.",
     ["Det är inte rättvist", "Barnen ska gå först", "Man får gissa"]),
    (ERB, "Erbjudandet och att svara",
     "När platsen erbjuds: sms och mejl, fem dagar att svara, var man svarar, erbjudande på ett "
     "annat ämne eller en annan dansstil än man sökt, om man behåller sin kötid när man tackar nej "
     "eller tackar ja till något annat. Bekräftelsen inför varje ny termin hör till sluta_byta.",
     ["ser ut som reklam", "men på ↑fiol", "Jag svarade på sms:et. Det var fel"]),
    (AVG, "Avgift, rabatter och faktura",
     "Vad det kostar och hur det faktureras: terminsavgift, syskonrabatt, instrumenthyra, "
     "vuxenavgift, nedsättning vid låg inkomst och att ingen vet om den, fakturor som kommer sent, "
     "separat eller i fel namn, påminnelseavgift. Svar från administrationen om fakturor hör till "
     "kontakt_besked när det är kontakten som är problemet.",
     ["Niohundra kronor i terminen är mycket för mig", "En faktura. En. Med allt på",
      "fakturan kom i min frus namn"]),
    (UND, "Lärare och lektioner",
     "Själva undervisningen: lärare och ledare, bemötande, lektionens längd, byte av lärare, "
     "att få röra sig, låtar man vill spela, brist på lärare i vissa ämnen. När lektionerna ligger "
     "hör till tider_schema; byte av grupp eller instrument till sluta_byta.",
     ["Hennes lärare är fantastisk", "Han lär oss låtar vi faktiskt vill spela",
      "alla inte kan sitta still"]),
    (TID, "Tider, skola och fritid",
     "När och var lektionerna ligger: krockar med idrott och simning, lektioner på skoltid (bra "
     "för en del, dåligt för andra), resor och bussar till Kulturhuset, förmiddagstider för "
     "vuxna, medicin som går ur. Konserttider hör till konserter_gemenskap.",
     ["Det var tiderna som knäckte oss", "Handbollen flyttade till samma tid",
      "de tiderna vill ingen annan ha"]),
    (KON, "Konserter och gemenskap",
     "Konserter, uppvisningar och föreställningar, ensembler och band, att bli sedd, familjen som "
     "kommer, kompisar och gruppen, att träffa andra föräldrar; konserter som krockar eller där "
     "man sitter och väntar.",
     ["jag grät", "man blir som en familj", "de var kaos å de var underbart"]),
    (KOM, "Kontakt och besked",
     "Kontakten med kulturskolan under tiden: formulär i stället för telefon, svarstider, mejl "
     "som går till fel förälder eller ingen, appen, inställda lektioner, hjälpsamma personer på "
     "administrationen, administrationens arbetsbörda. Själva erbjudandet hör till erbjudande_svar.",
     ["Det finns ingen man kan ringa", "Vi har en gruppchatt med läraren",
      "Jag hinner inte"]),
    (SLU, "Sluta, byta eller tappa platsen",
     "Det som händer med platsen efteråt och vid sidan av: bekräftelsen före den femtonde juni, "
     "platsen som går till nästa i kön, påminnelser till gamla mejladresser, att byta instrument "
     "eller grupp utan att börja om i kön, att sluta, att bli för gammal, vuxna som söker om "
     "varje termin.",
     ["Borta på grund av en knapp", "Ingen frågade varför",
      "Hon har satt ett larm i mobilen"]),
]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(text.split())


def timings(session):
    rnd = random.Random(session["seed"])
    t = session["start"]
    out = []
    lo, hi = session["pause"]
    for turn in session["turns"]:
        t += turn.get("gap", 0.0)
        dur = len(norm(turn["text"]).split()) / session["rate"] + 0.4
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(lo, hi)
    return out


def hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def hmsms(s: float) -> str:
    ms = int(round(s * 1000))
    return f"{ms // 3600000:02d}:{ms % 3600000 // 60000:02d}:{ms % 60000 // 1000:02d}.{ms % 1000:03d}"


def msf(s: float) -> str:
    """InqScribe's [mm:ss.ff] with frames at 30 fps."""
    fr = int(round(s * 30))
    sec, ff = divmod(fr, 30)
    return f"{sec // 60:02d}:{sec % 60:02d}.{ff:02d}"


def m_ss(s: float) -> str:
    s = int(s)
    if s >= 3600:
        return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
    return f"{s // 60}:{s % 60:02d}"


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")


def sentences(text: str) -> list[str]:
    return [x for x in SENT_RE.split(norm(text)) if x]


def chunks(text: str, target: int) -> list[str]:
    """Sentences grouped into pieces of at least `target` words; a sentence longer than
    1.6 × target is cut at a word boundary, as caption tools do."""
    out, cur = [], []
    for s in sentences(text):
        words = s.split()
        while len(words) > int(target * 1.6):
            if cur:
                out.append(" ".join(cur))
                cur = []
            out.append(" ".join(words[:target]))
            words = words[target:]
        cur.extend(words)
        if len(cur) >= target:
            out.append(" ".join(cur))
            cur = []
    if cur:
        if out and len(cur) < 4:
            out[-1] += " " + " ".join(cur)
        else:
            out.append(" ".join(cur))
    assert " ".join(out) == norm(text), text[:40]
    return out


def wrap(text: str, width: int) -> list[str]:
    lines, cur = [], ""
    for w in norm(text).split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def repackage(raw: bytes, when: _dt.datetime, app_name: str) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core dates; drop the
    thumbnail python-docx ships; name the Office application in docProps/app.xml."""
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
        ct = re.sub(r'<Default Extension="jpeg"[^>]*/>', "", ct)
        ct = re.sub(r'<Override PartName="/docProps/thumbnail.jpeg"[^>]*/>', "", ct)
        parts["[Content_Types].xml"] = ct.encode("utf-8")
    if "docProps/app.xml" in parts:
        app = parts["docProps/app.xml"].decode("utf-8")
        app = re.sub(r"<Application>[^<]*</Application>", f"<Application>{app_name}</Application>", app)
        parts["docProps/app.xml"] = app.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def docx_base(s, font, size):
    import docx
    from docx.shared import Cm, Pt
    d = docx.Document()
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(size)
    for sect in d.sections:
        sect.page_width, sect.page_height = Cm(21.0), Cm(29.7)
        sect.left_margin = sect.right_margin = Cm(2.5)
        sect.top_margin = sect.bottom_margin = Cm(2.5)
    cp = d.core_properties
    cp.author = cp.last_modified_by = s["author"]
    cp.title = s["title"]
    cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.created = cp.modified = s["epoch"]
    cp.revision = 3
    return d


def add_field(paragraph, instr, shown):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), f" {instr} ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = shown
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def head_foot(d, s):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    sect = d.sections[0]
    hp = sect.header.paragraphs[0]
    r = hp.add_run(s["running_head"])
    r.font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sect.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Sida ")
    add_field(fp, "PAGE", "1")
    fp.add_run(" av ")
    add_field(fp, "NUMPAGES", "3")


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def write_agency_docx(s):
    """Swedish transcription agency's Word file: running header with the agency and the
    job number, 'Sida X av Y' footer, a bold TRANSKRIPTION title, five info paragraphs
    (client, audio file, speakers, level, legend), an empty paragraph, then one paragraph
    per turn '(hh:mm:ss) IP2: text' with the time at every change of speaker, and the
    agency's closing line."""
    try:
        import docx  # noqa: F401
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx_base(s, "Arial", 10.5)
    r = d.add_paragraph().add_run(s["title"])
    r.bold = True
    r.font.size = Pt(14)
    for h in s["header"]:
        d.add_paragraph(h)
    d.add_paragraph("")
    for t, (a, _) in zip(s["turns"], timings(s)):
        p = d.add_paragraph(f"({hms(a)}) {t['speaker']}: {t['text']}")
        p.paragraph_format.space_after = Pt(8)
    d.add_paragraph(s["footer_note"])
    head_foot(d, s)
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word")


def write_lnnum_docx(s):
    """Researcher's Word file with Word's own line numbering (w:lnNumType, every fifth
    line, restarting on each page: the numbers are not in the text), a running header
    with the project name, 'Sida X av Y' in the footer; 'Namn:' in bold and the text;
    two long answers are typed as two paragraphs, the second without a label."""
    try:
        import docx  # noqa: F401
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx_base(s, "Calibri", 11)
    r = d.add_paragraph().add_run(s["title"])
    r.bold = True
    r.font.size = Pt(14)
    for h in s["header"]:
        d.add_paragraph(h)
    d.add_paragraph("")
    for t in s["turns"]:
        parts = [t["text"]]
        if t.get("split"):
            sents = sentences(t["text"])
            k = (len(sents) + 1) // 2
            parts = [" ".join(sents[:k]), " ".join(sents[k:])]
        p = d.add_paragraph()
        p.add_run(f"{t['speaker']}:").bold = True
        p.add_run(" " + parts[0])
        p.paragraph_format.space_after = Pt(6)
        for extra in parts[1:]:
            q = d.add_paragraph(extra)
            q.paragraph_format.space_after = Pt(6)
    sect = d.sections[0]
    ln = OxmlElement("w:lnNumType")
    ln.set(qn("w:countBy"), "5")
    ln.set(qn("w:distance"), "284")
    ln.set(qn("w:restart"), "newPage")
    sect._sectPr.find(qn("w:cols")).addprevious(ln)
    head_foot(d, s)
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word")


def write_typist_txt(s):
    """A typist's plain text in Windows-1252: the header typed in Notepad (CRLF), the
    transcript pasted from the transcription program's editor, whose paragraphs end in a
    lone CR (a RichEdit box), 'Namn: text' with an empty line between turns; one note of
    the typist's own in brackets on a line between two turns."""
    head = "\r\n".join(s["header"]) + "\r\n\r\n"
    paras = []
    for t in s["turns"]:
        if t["mod"] and t["text"].startswith(s["note"][0]):
            paras.append(s["note"][1])
        paras.append(f"{t['speaker']}: {t['text']}")
    body = "\r\r".join(paras) + "\r"
    return (head + body).encode("cp1252")


GAP_RE = re.compile(r"^\(\d+\.\d\)$")


def write_jefferson_txt(s):
    """Conversation-analysis transcript (Jefferson conventions, simplified): a four-line
    legend, an empty line, then numbered lines 'NN  MAJ:  text' hard-wrapped at `width`
    characters, continuation lines numbered without label; a timed silence between turns
    on a numbered line of its own; an overlapping turn's '[' aligned under the '[' of the
    line it overlaps."""
    width = s["width"]
    out = list(s["header"]) + [""]
    n = 0
    prev_line = ""
    for t in s["turns"]:
        if t.get("gap"):
            n += 1
            out.append(f"{n:>3}" + " " * 8 + f"({t['gap']:.1f})")
        lines = wrap(t["text"], width)
        for i in range(len(lines) - 1, 0, -1):
            if GAP_RE.match(lines[i]):
                lines[i - 1] += " " + lines.pop(i)
        for i, line in enumerate(lines):
            n += 1
            if i == 0:
                prefix = f"{n:>3}  {t['speaker']}:  "
                if t.get("ov") and "[" in prev_line:
                    col = prev_line.rindex("[")
                    line = " " * max(0, col - len(prefix)) + line
            else:
                prefix = f"{n:>3}" + " " * 8
            out.append(prefix + line)
            prev_line = prefix + line
    return ("\n".join(out) + "\n").encode("utf-8")


def write_panopto_txt(s):
    """Panopto's caption download, saved as .txt: numbered cues with
    'hh:mm:ss.mmm --> hh:mm:ss.mmm' times and up to two lines of text; the captioner who
    corrected the ASR added speaker IDs the DCMP way, the name in parentheses on a line of
    its own, only when the speaker changes."""
    width = s["line_chars"]
    out, n = [], 0
    for t, (a, b) in zip(s["turns"], timings(s)):
        lines = wrap(t["text"], width)
        cues = [lines[i:i + 2] for i in range(0, len(lines), 2)]
        total = sum(len(" ".join(c)) for c in cues)
        pos = a
        for k, cue in enumerate(cues):
            dur = (b - a) * len(" ".join(cue)) / total
            n += 1
            body = ([f"({t['speaker']})"] if k == 0 else []) + cue
            out.append(f"{n}\n{hmsms(pos)} --> {hmsms(pos + dur)}\n" + "\n".join(body))
            pos += dur
    return ("\n\n".join(out) + "\n\n").encode("utf-8")


def write_turbo_txt(s):
    """TurboScribe .txt with timestamps and speaker recognition: a block per segment,
    '[Speaker N] (m:ss - m:ss)' and the text on the next line, an empty line between;
    long turns are several blocks of one speaker."""
    out = []
    for t, (a, b) in zip(s["turns"], timings(s)):
        pieces = chunks(t["text"], s["block_words"])
        words = len(norm(t["text"]).split())
        pos = a
        for piece in pieces:
            dur = (b - a) * len(piece.split()) / words
            out.append(f"[{t['speaker']}] ({m_ss(pos)} - {m_ss(pos + dur)})\n{piece}")
            pos += dur
    return ("\n\n".join(out) + "\n").encode("utf-8")


def write_teams_vtt(s):
    """Teams WebVTT: cue ids '<guid>/<n>-<k>', '<v Display Name>text</v>'; a turn is cut
    into cues of about `cue_words` words; the interviewer's display name carries the
    department, the guest typed her own name in lower case when she joined."""
    rnd = random.Random(s["seed"] * 7)
    guid = "-".join("".join(rnd.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12))
    out = ["WEBVTT", ""]
    n = s["first_id"]
    for t, (a, b) in zip(s["turns"], timings(s)):
        pieces = chunks(t["text"], s["cue_words"])
        words = len(norm(t["text"]).split())
        pos = a
        for k, piece in enumerate(pieces):
            dur = (b - a) * len(piece.split()) / words
            out.append(f"{guid}/{n}-{k}")
            out.append(f"{hmsms(pos)} --> {hmsms(pos + dur)}")
            out.append(f"<v {t['speaker']}>{piece}</v>")
            out.append("")
            pos += dur
        n += 1 + (rnd.random() < 0.2)
    return "\n".join(out).encode("utf-8")


TC_RE = re.compile(r"\[\d\d:\d\d\.\d\d\]")


def write_inqscribe_txt(s):
    """InqScribe plain text: two header lines typed by the researcher, an empty line, then
    one line per turn '[mm:ss.ff] V: text' (timecode with frames at 30 fps); the typist
    also pressed the timecode key when a new minute started in the middle of a long answer,
    so a timecode can stand inside a turn."""
    out = list(s["header"]) + [""]
    for t, (a, b) in zip(s["turns"], timings(s)):
        words = norm(t["text"]).split()
        per = (b - a) / len(words)
        text = []
        for i, w in enumerate(words):
            at = a + i * per
            if i and int(at // 60) > int((at - per) // 60) and i < len(words) - 2:
                text.append(f"[{msf(at)}]")
            text.append(w)
        out.append(f"[{msf(a)}] {t['speaker']}: " + " ".join(text))
    return ("\n".join(out) + "\n").encode("utf-8")


WRITERS = dict(agency_docx=write_agency_docx, lnnum_docx=write_lnnum_docx,
               typist_txt=write_typist_txt, jefferson_txt=write_jefferson_txt,
               panopto_txt=write_panopto_txt, turbo_txt=write_turbo_txt,
               teams_vtt=write_teams_vtt, inqscribe_txt=write_inqscribe_txt)
NEEDS = dict(agency_docx="docx", lnnum_docx="docx")


# ---------------------------------------------------------------------------
# Minimal parsers (one per layout), for the round trip
# ---------------------------------------------------------------------------
def _merge(pairs):
    out = []
    for spk, text in pairs:
        if out and out[-1][0] == spk:
            out[-1] = (spk, out[-1][1] + " " + text)
        else:
            out.append((spk, text))
    return [(a, norm(b)) for a, b in out]


def parse_agency_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = []
    for p in d.paragraphs:
        m = re.match(r"^\(\d\d:\d\d:\d\d\) (I|B|IP\d): (.*)$", p.text, re.S)
        if m:
            out.append((m.group(1), norm(m.group(2))))
    return out


def parse_lnnum_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    pairs, started = [], False
    for p in d.paragraphs:
        m = re.match(r"^(Intervjuare|Annika): (.*)$", p.text, re.S)
        if m and p.runs and p.runs[0].bold:
            started = True
            pairs.append((m.group(1), m.group(2)))
        elif started and p.text.strip():
            pairs.append((pairs[-1][0], p.text))
    return _merge(pairs)


def parse_typist_txt(data):
    text = data.decode("cp1252")
    paras = re.split(r"\r\n\r\n|\r\r", text)
    pairs = []
    for para in paras[1:]:
        para = para.strip("\r\n")
        m = re.match(r"^([A-ZÅÄÖ][a-zåäö]+): (.*)$", para, re.S)
        if m:
            pairs.append((m.group(1), m.group(2)))
        else:
            assert para.startswith("(") and para.endswith(")"), para[:40]
    return _merge(pairs)


def parse_jefferson_txt(data):
    pairs = []
    for line in data.decode("utf-8").splitlines():
        m = re.match(r"^\s*(\d+)  (?:([A-Z]{3}):  )?(.*)$", line)
        if not m:
            continue
        if m.group(2):
            pairs.append([m.group(2), m.group(3)])
        elif GAP_RE.match(m.group(3).strip()):
            continue
        else:
            pairs[-1][1] += " " + m.group(3)
    return [(a, norm(b)) for a, b in pairs]


def parse_panopto_txt(data):
    pairs = []
    for block in data.decode("utf-8").strip().split("\n\n"):
        lines = block.split("\n")
        assert re.match(r"^\d+$", lines[0]) and "-->" in lines[1]
        body = lines[2:]
        m = re.match(r"^\((.+)\)$", body[0])
        if m:
            pairs.append([m.group(1), " ".join(body[1:])])
        else:
            pairs[-1][1] += " " + " ".join(body)
    return [(a, norm(b)) for a, b in pairs]


def parse_turbo_txt(data):
    pairs = []
    for block in data.decode("utf-8").strip().split("\n\n"):
        head, text = block.split("\n", 1)
        m = re.match(r"^\[(Speaker \d+)\] \(\d+:\d\d - \d+:\d\d\)$", head)
        pairs.append((m.group(1), text))
    return _merge(pairs)


def parse_teams_vtt(data):
    pairs = []
    for m in re.finditer(r"<v ([^>]+)>(.*?)</v>", data.decode("utf-8"), re.S):
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_inqscribe_txt(data):
    out = []
    for line in data.decode("utf-8").splitlines():
        m = re.match(r"^\[\d\d:\d\d\.\d\d\] (I|V): (.*)$", line)
        if m:
            out.append((m.group(1), norm(TC_RE.sub(" ", m.group(2)))))
    return out


PARSERS = dict(agency_docx=parse_agency_docx, lnnum_docx=parse_lnnum_docx,
               typist_txt=parse_typist_txt, jefferson_txt=parse_jefferson_txt,
               panopto_txt=parse_panopto_txt, turbo_txt=parse_turbo_txt,
               teams_vtt=parse_teams_vtt, inqscribe_txt=parse_inqscribe_txt)


def _has(module):
    try:
        __import__(module)
        return True
    except ImportError:
        return False


LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def file_text(fmt, data):
    """The file's text as a reader would see it, for the substring check."""
    if fmt.endswith("docx"):
        import docx
        return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    if fmt == "typist_txt":
        return data.decode("cp1252")
    return data.decode("utf-8")


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS}
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"}
    used, plabels, rows, problems = set(), {}, [], []
    for s in SESSIONS:
        turns = s["turns"]
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            used.add(spk)
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"] and "\t" not in t["text"]
            if s["fmt"] != "jefferson_txt":
                assert not LABEL_LIKE.match(t["text"]), t["text"][:40]
                assert not t["text"].startswith(("[", "(")), t["text"][:40]
            if s["fmt"] == "typist_txt":
                t["text"].encode("cp1252")
            if not t["mod"]:
                assert plabels.setdefault(spk, s["file"]) == s["file"], spk
                assert t["theme"] == "" or t["theme"] in THEMES, t["theme"]
                assert (t["theme"] == "") == (t["stage"] == ""), t["text"][:40]
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
                    problems.append(f"{s['file']}: {len(parsed)} parsed, {len(expected)} expected")
            flat = norm(TC_RE.sub(" ", file_text(s["fmt"], data)))
            for i, t in enumerate(turns):
                if not t["mod"] and s["fmt"] not in ("jefferson_txt", "panopto_txt", "teams_vtt", "turbo_txt"):
                    if norm(t["text"]) not in flat:
                        problems.append(f"{s['file']} turn {i}: gold text not in the file")
        for i, t in enumerate(turns):
            if not t["mod"]:
                rows.append([s["file"], i, t["speaker"], t["theme"], t["stage"],
                             t["sentiment"], t["kind"], norm(t["text"])])
    if known - used:
        problems.append(f"participants.csv labels not used: {sorted(known - used)}")

    with open(HERE / "gold.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "turn", "speaker", "theme", "journey_stage", "sentiment", "kind", "text"])
        w.writerows(rows)

    with open(HERE / "codebook.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "label", "description", "examples"])
        for cid, label, desc, ex in CODEBOOK:
            for e in ex:
                inside = [r for r in rows if e in r[7]]
                if not inside or any(r[3] != cid for r in inside):
                    problems.append(f"codebook example not (only) in {cid}: {e} "
                                    f"{[(r[0], r[1], r[3]) for r in inside]}")
            w.writerow([cid, label, desc, "|".join(ex)])

    with open(TDIR / "participants.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["speaker", "segment", "subject", "age_group", "situation"])
        w.writerows(PARTICIPANTS)

    print(f"{len(SESSIONS)} sessions, {sum(len(s['turns']) for s in SESSIONS)} turns, "
          f"{len(rows)} participant turns")
    for s in SESSIONS:
        n_p = sum(1 for t in s["turns"] if not t["mod"])
        print(f"  {s['file']}: {len(s['turns'])} turns ({n_p} participant)")
    for name, col in (("stages", 4), ("kinds", 6), ("sentiment", 5)):
        c = Counter(r[col] if r[col] != "" else "(none)" for r in rows)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    per = defaultdict(Counter)
    for r in rows:
        if r[3]:
            per[r[3]][r[4]] += 1
    print(f"no theme: {sum(1 for r in rows if not r[3])}")
    for th, c in sorted(per.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {th} {sum(c.values())}: " + ", ".join(f"{st} {c[st]}" for st in STAGES if c[st]))
    sizes = sorted(sum(c.values()) for c in per.values())
    print(f"largest / smallest: {sizes[-1]} / {sizes[0]} = {sizes[-1] / sizes[0]:.2f}")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("round trip: all transcripts parse back to the gold turns (0 mismatches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
