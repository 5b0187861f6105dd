#!/usr/bin/env python3
"""Generate the fictional study of what Ashgrove Borough Council does after a death
(registering it, Tell Us Once, council tax, tenancies, funerals, the crematorium and
cemetery, bereavement support): transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the session lists in this file.

Python 3.11, standard library, plus python-docx (the .docx) and openpyxl (the .xlsx).
Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer /
note-taker turn, P(speaker, text, theme, stage, sentiment, kind) for a participant
turn, B() for a participant backchannel, reaction, small talk or thanks (no theme, no
stage). Transcript files and gold rows are written from the same list, so turn indices
cannot drift. How a turn is cut into pieces (Scribie's three-minute paragraphs, Teams
recap entries, Stream cues, Kaltura caption cues, spreadsheet rows) is decided by the
writer of each layout; the gold keeps one row per turn. After writing, every file is
parsed back with a minimal parser for its layout and compared with the list (turn
index, speaker, text), and every codebook example must be an exact excerpt of a
participant turn coded with that theme and of no turn coded otherwise.

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
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TDIR = HERE / "transcripts"

STAGES = ("need", "find_info", "apply", "processing", "decision", "use", "follow_up")
KINDS = ("pain", "praise", "suggestion", "question", "neutral")
N_, FI, AP, PR, DE, US, FU = STAGES


def M(speaker, text, **opts):
    """Moderator / interviewer / note-taker turn (no gold row)."""
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
FH = "first_hours"
GD = "finding_guidance"
CE = "certificate_examiner"
RB = "registration_booking"
RA = "registrar_appointment"
TO = "tell_us_once"
LA = "letters_after"
CT = "council_tax"
TN = "tenancy"
FC = "funeral_costs"
CC = "cemetery_crematorium"
BS = "bereavement_support"

# ---------------------------------------------------------------------------
# Speaker labels, exactly as each file writes them (see README)
# ---------------------------------------------------------------------------
S1, S2, S3, S4, S5, S6 = "S1", "S2", "S3", "S4", "S5", "S6"      # Scribie
EL, MH = "Esther Lomax", "Marcus Hale"                           # Teams display names
RP, BW, JR, SM, AK = ("Raymond Pike", "Beverley Walsh", "Jordan Reeve", "Sunita Mistry",
                      "Amir Khan")
PL = "Paula Linton"                                              # Stream (staff)
NAD, MAR = "Nadia", "Marek"                                      # Kaltura speaker names
SP1, SP2 = "Speaker 1", "Speaker 2"                              # Temi
ELT, CA = "Esther Lomax (Ashgrove BC)", "Colin Ashby"            # tl;dv / Google Meet
NC, KD = "Nadia Coles", "Kerry"                                  # researcher's Excel
ELI, DB = "EL", "DB"                                             # Google Sheets CSV

PARTICIPANTS = [
    # speaker, segment, relationship, age_group, situation
    (S1, "moderator", "", "", ""),
    (EL, "moderator", "", "", ""),
    (MH, "moderator", "", "", ""),
    (NAD, "moderator", "", "", ""),
    (SP2, "moderator", "", "", ""),
    (ELT, "moderator", "", "", ""),
    (NC, "moderator", "", "", ""),
    (ELI, "moderator", "", "", ""),
    (S2, "bereaved relative", "son", "45-64",
     "father died at home under the district nurses, the GP surgery and the medical examiner took eight days"),
    (S3, "bereaved relative", "widow", "65+",
     "husband died in Ashgrove General, Tell Us Once, council tax and letters addressed to him"),
    (S4, "carer", "niece and carer", "45-64",
     "cared for her aunt for six years, not next of kin, carer's support ended with the death"),
    (S5, "bereaved relative", "son", "18-29",
     "mother died suddenly at home, police, the coroner, found everything out on Google"),
    (S6, "bereaved relative", "daughter", "30-44",
     "mother died in a care home, booked the registration, care home fees and the flat"),
    (RP, "bereaved relative", "widower", "65+",
     "wife died in the hospice, letters, parking permit and garden waste in her name months later"),
    (BW, "bereaved relative", "mother", "45-64",
     "son died at 31, cremation at Ashgrove Crematorium, ashes and a memorial bench"),
    (JR, "bereaved relative", "son", "30-44",
     "estranged father died alone in a council flat, the council arranged a public health funeral"),
    (SM, "bereaved relative", "daughter", "45-64",
     "mother died at home, council tax on the empty house, probate, the blue badge"),
    (AK, "bereaved relative", "son", "30-44",
     "father died on a Friday evening, Muslim burial within a day, weekend registration, Ashgrove Cemetery"),
    (PL, "council officer", "", "",
     "deputy superintendent registrar, Ashgrove Register Office"),
    (MAR, "bereaved relative", "brother", "30-44",
     "brother died on holiday in Portugal, repatriation, translation, registering a death abroad"),
    (SP1, "bereaved relative", "mother", "30-44",
     "stillbirth at 38 weeks, registered the stillbirth, a baby's burial at Ashgrove Cemetery"),
    (CA, "funeral director", "", "",
     "independent funeral director in Ashgrove for 23 years, works with the council crematorium daily"),
    (KD, "bereaved relative", "partner (not married)", "45-64",
     "partner of 19 years died, the council tenancy was in his name, succession refused, then a new tenancy"),
    (DB, "carer", "son and carer", "45-64",
     "cared for his mother for eight years, Carer's Allowance, blue badge and carer's discount stopped"),
]

# ---------------------------------------------------------------------------
# Session 1: focus-group-1.txt (Scribie, plain text download). In person, Ashgrove
# Central Library community room, Tuesday 14 October 2025; dictaphone recording sent
# to Scribie. Guide chronological. Typed by Scribie's transcribers: clean verbatim,
# numbers mostly as words, "[laughter]", "[pause]". Speakers S1..S6 in order of
# appearance; S1 is the moderator (Esther Lomax).
# ---------------------------------------------------------------------------
FG1 = [
    M(S1, "Okay, it's recording. So thank you all for coming, I know it's not an easy thing to come and talk about. I'm Esther, I work in the customer insight team at the council. We want to understand what it's like dealing with the council after someone has died, the registering, the letters, all of it. You don't have to answer anything you don't want to, and if you need a break, just go. Shall we go round? Just your first name and who you lost, if you're okay saying."),
    P(S2, "I'll start. I'm Gareth. My dad died in March, at home, which is what he wanted. He had lung cancer, so we knew it was coming, the district nurses were in every day at the end.", FH, N_, 0, "neutral"),
    P(S3, "Maureen. My husband Ken died in June, in Ashgrove General. We'd been married fifty-one years.", FH, N_, 0, "neutral"),
    B(S2, "Sorry, Maureen."),
    B(S3, "Thank you, love."),
    P(S4, "I'm Denise. I looked after my aunt for six years, she lived with me. She died in April. I wasn't her next of kin though, which turned out to matter more than I thought.", BS, N_, 0, "neutral"),
    P(S5, "Aaron. My mum died in July. It was sudden, she was fifty-three, I found her at home. So it was police and everything.", FH, N_, 0, "neutral"),
    M(S1, "I'm so sorry, Aaron. Thank you for coming."),
    P(S6, "Priya. My mum was in Willow Court, the care home on Station Road, for two years. She died in August. I did most of the paperwork because my brother's in Leicester.", FH, N_, 0, "neutral"),
    M(S1, "Thank you all. Let's start right at the beginning, the first few hours. What happened, and did anyone tell you what to do? Gareth, your dad was at home."),
    P(S2, "So it was about four in the morning. We rang the district nurse line like they'd told us and a nurse came out and, what's the word, verified it. And then she said ring the funeral director when you're ready, there's no rush. That was the best advice anyone gave us, to be honest. There's no rush.", FH, N_, 1, "praise"),
    P(S5, "See, that's not what happened with us at all. Because it was unexpected I rang nine nine nine and then there were police in the house, two officers, and I'm sat on the stairs thinking did I do something wrong. They were kind, they were. But nobody explained it's just what happens when someone dies suddenly.", FH, N_, -1, "pain"),
    M(S1, "Did anyone give you anything in writing?"),
    P(S5, "The officer gave me a leaflet about the coroner. I didn't read it for about a week. I couldn't. It was on the side in the kitchen.", GD, FI, 0, "neutral"),
    P(S3, "At the hospital they give you a little booklet, What to do after a death, and a bag with his things in. His glasses. I remember the glasses more than the booklet.", GD, FI, 0, "neutral"),
    M(S1, "Mm."),
    P(S3, "The booklet was good though, in fairness, when I did read it. It's got the phone numbers in.", GD, FI, 1, "praise"),
    P(S6, "The care home just rang me at half six in the morning. Very matter of fact. And then the manager said, we'll need the room cleared by Friday. Friday! She'd died on the Tuesday.", FH, N_, -1, "pain"),
    B(S4, "Oh, that's awful."),
    B(S5, "Wow."),
    P(S6, "I know they've got a waiting list. But still. That's not the council, I know, it's a private home. But the council was paying for part of her care, so I assumed someone at the council would, I don't know, know.", FH, N_, -1, "pain"),
    M(S1, "That's an important point, we'll come back to the care fees. After those first hours, where did you go to find out what you had to do?"),
    P(S5, "Google. Honestly. What to do when someone dies UK. And you get gov dot uk, which is fine, and then about fifteen adverts for funeral plans and will writers. At two in the morning. That's grim.", GD, FI, -1, "pain"),
    P(S2, "I went on the council website and there's a page, it says what to do after a death, but then it sends you off to about six other pages. Registering, Tell Us Once, council tax, bins, and none of them say which order you do it in.", GD, FI, -1, "pain"),
    P(S4, "I asked at the GP. The receptionist was lovely but she said, you'll have to speak to the bereavement office at the hospital. And my aunt didn't die in hospital! She died in my front room.", GD, FI, -1, "pain"),
    B(S2, "Yeah."),
    P(S6, "The funeral director told me more than anyone. He had a sheet, a checklist, he went through it with me at the kitchen table. If I'm honest that was the most useful bit of paper I got.", GD, FI, 1, "praise"),
    P(S3, "Same. Colin at Ashby's. He knew everything. He said don't pay the council tax bill until you've rung them, and he was right.", GD, FI, 1, "praise"),
    M(S1, "So the funeral director was often the main source. Let's talk about registering. What did you need before you could even book?"),
    P(S2, "This is where it went wrong for us. You can't register until the doctor has done the certificate, the cause of death one. And the GP surgery said they'd done it, and then it has to go to the medical examiner, and then it sat there. Eight days. Eight days we couldn't do anything.", CE, PR, -1, "pain"),
    P(S6, "I thought you had five days to register. Is that not the law? I was panicking about the five days.", RB, AP, -1, "question"),
    P(S2, "That's what I thought. I rang the register office in a state and the lady said no, the five days doesn't start until they've got the certificate, don't worry. Which, fine, but nobody tells you that.", RB, FI, 0, "pain"),
    M(S1, "Did anyone from the medical examiner's office contact you?"),
    P(S2, "Yes, eventually, a doctor rang me, a medical examiner. And to be fair to her, it was a really good call. She asked if I had any worries about his care. Nobody had asked me that. I got a bit upset actually.", CE, PR, 0, "praise"),
    P(S5, "We didn't get any of that, because it went to the coroner. So there was a post-mortem, and it was nearly three weeks before they released her. Three weeks where I couldn't plan a funeral, couldn't tell people a date.", CE, PR, -1, "pain"),
    M(S1, "That must have been so hard."),
    P(S5, "It was. And the coroner's officer was okay but you ring and you get a voicemail and then they ring back when you're on the bus.", CE, PR, -1, "pain"),
    B(S3, "Oh, love."),
    P(S3, "Ours was quick, I'll say that. The hospital did it, the bereavement office rang me two days later and said it's gone to the register office, you can book.", CE, PR, 1, "praise"),
    M(S1, "How did you book the registration appointment?"),
    P(S3, "I rang. I don't do the internet. I rang the number in the booklet and it was a recorded message saying book online. So I rang again and pressed the other option and I got a lady. In the end.", RB, AP, -1, "pain"),
    P(S6, "I booked online, it was actually easy, I'll give them that. You pick a slot. The problem was the first slot was nine days away.", RB, AP, 0, "pain"),
    P(S2, "Nine days, after eight days waiting for the certificate. You're looking at nearly three weeks before you've even got a piece of paper.", RB, AP, -1, "pain"),
    P(S4, "Can I say, I couldn't book at all at first, because the online form asked if I was a relative, and I'm her niece, so I am, but it was a drop-down and niece wasn't on it. I ended up ticking other.", RB, AP, -1, "pain"),
    M(S1, "And the appointment itself, what was that like?"),
    P(S3, "The registrar was a lovely young woman. She had tissues on the desk, she didn't rush me. She called him Ken, not the deceased. That made a difference, that did.", RA, US, 1, "praise"),
    P(S6, "Mine was fine, quite quick. Twenty minutes. It's mostly the questions, his date of birth, occupation. My mum's occupation, I didn't know what to put. Housewife? She worked in a bakery for thirty years.", RA, US, 0, "neutral"),
    P(S2, "They spelt his middle name wrong on the certificate. Alan with one L, they put two. And to get it changed after it's signed, I found out, is a whole form and a fee.", RA, US, -1, "pain"),
    B(S5, "Seriously?"),
    P(S2, "Seriously. I checked it on the screen, I thought I had, she turned the screen round. But you're not reading it properly, are you, you're not in a state to read.", RA, US, -1, "pain"),
    P(S4, "I wasn't allowed to register her at first. Because I'm not a relative in the way they mean, I was told. In the end I could because I was there when she died, as the, what do they call it, the person present at the death. But I had to argue that.", RA, US, -1, "pain"),
    M(S1, "Who told you that you couldn't?"),
    P(S4, "The person on the phone when I booked. Then at the appointment the registrar said of course you can. So the phone was wrong.", RB, AP, -1, "pain"),
    M(S1, "Did you buy certificates, the certified copies?"),
    P(S6, "I bought five. Eleven pounds each, I think. Then the bank wanted an original, the pension wanted one, the insurance wanted one, and I had to order two more after, and those cost more because they weren't on the day.", RA, US, -1, "pain"),
    P(S3, "Colin told me to buy plenty, so I bought six and I've still got two. So it depends who's advising you, doesn't it.", RA, US, 0, "neutral"),
    M(S1, "At the appointment, did the registrar mention Tell Us Once?"),
    P(S3, "She did it there and then with me. She said this will tell the council and the pension people and the passport office so you don't have to. I could have kissed her.", TO, US, 1, "praise"),
    B(S6, "Yeah, she did that with me too."),
    P(S5, "I got a reference number on a bit of paper and I thought it was the registration number. I didn't use it for weeks. I didn't know I had to ring them or do it online with it.", TO, AP, -1, "pain"),
    M(S1, "What did Tell Us Once actually stop, for you?"),
    P(S3, "The pension stopped, the state one, straight away. The council tax, they wrote to me, so that went through. But the library kept emailing him that his books were overdue. His library books. Ken hadn't been in the library since the nineties.", TO, FU, 0, "pain"),
    M(S1, "Oh dear."),
    B(S3, "[laughter] I laugh now. I didn't then."),
    P(S6, "The blue badge, I had to ring separately. I thought Tell Us Once did the blue badge. Does it not do the blue badge?", TO, FU, -1, "question"),
    M(S1, "It should. We'll look into that one."),
    P(S2, "Mine cancelled his bus pass, which is fine, but it also cancelled my mum's council tax discount, because it thought she lived alone now, which she does, so that's right, but then it put her onto full council tax for a week because the dates were wrong. So half right.", CT, DE, -1, "pain"),
    P(S3, "The council tax, I have to say, was alright. I got the single person discount. They took twenty-five percent off. I didn't even have to ask in the end.", CT, DE, 1, "praise"),
    P(S6, "For my mum's flat it was different, it's empty now. They said it's exempt while you're waiting for probate. Exempt, lovely. But nobody said it stops six months after probate, and I read that on a forum. Is that true?", CT, DE, 0, "question"),
    M(S1, "I think that's roughly right, but I'll check rather than guess."),
    P(S6, "See, everyone says I'll check.", CT, DE, -1, "pain"),
    M(S1, "Fair."),
    P(S4, "My aunt lived with me so the council tax wasn't in her name, it was mine. But I'd had a carer's, I don't know if it was a discount or what, where she didn't count. And that stopped, and my bill went up, and nobody wrote to explain why.", CT, DE, -1, "pain"),
    M(S1, "Let's move on to the funeral. Did any of you have the funeral at the council crematorium or cemetery?"),
    P(S2, "Ashgrove Crematorium, yes. The service itself, the staff there were brilliant. The chap on the door, the music was right, it was all smooth.", CC, US, 1, "praise"),
    M(S1, "But?"),
    P(S2, "It's just the thirty minutes. You get a thirty minute slot and it feels like a conveyor belt. The next family are in the car park while you're coming out.", CC, US, -1, "pain"),
    P(S3, "You can book a double slot. Colin booked us a double. It's more money, mind.", CC, US, 0, "neutral"),
    P(S5, "Mum was cremated there too. The fee was over a thousand pounds, just for the crematorium, before the funeral director. I didn't know the council charged that. I thought the council would be cheaper than a private one.", FC, DE, -1, "pain"),
    P(S6, "Is it not cheaper? I thought it was meant to be cheaper.", FC, DE, 0, "question"),
    P(S5, "Not that I could tell. I had to borrow off my uncle. I've paid him back now. Mostly.", FC, DE, -1, "pain"),
    M(S1, "Did anyone mention the help with funeral costs, the government payment?"),
    P(S5, "No. Nobody. I found out after, from a lad at work.", FC, FI, -1, "pain"),
    P(S4, "I wouldn't have qualified anyway I don't think, you have to be on benefits, don't you? And then they take it off the estate, or something. I don't actually know.", FC, FI, 0, "neutral"),
    M(S1, "And after the funeral, the weeks and months after. What's still going on?"),
    P(S3, "Letters. Letters to Ken. From the council, the garden waste renewal, in his name. Dear Mr Doyle, renew your subscription. I'd told them. I'd told Tell Us Once. I'd told the lady on the phone.", LA, FU, -1, "pain"),
    P(S2, "There's no one place to tell you it's done. You never know if it's done. You just wait to see if another letter comes.", LA, FU, -1, "pain"),
    P(S4, "For me it's the support that stopped. The carers' centre, I'd been going for years, the group on Thursdays. And after she died, it's like, well, you're not a carer now. But I didn't stop being tired.", BS, FU, -1, "pain"),
    B(S3, "No, you don't."),
    P(S4, "They did give me a number for a bereavement service, a charity. I rang it. Eight week wait for the counsellor. But the lady on the phone that first time was kind, she rang me back twice while I waited.", BS, FU, 0, "praise"),
    P(S5, "Nobody offered me anything. The police gave me a leaflet, that's it. I'm twenty-four, I'm not going to ring a helpline. If someone had just texted me, I don't know.", BS, FU, -1, "suggestion"),
    M(S1, "If you could change one thing about how the council handles this, what would it be?"),
    P(S2, "One list. In order. Step one, step two, step three. On one page. And a phone number where a human picks up.", GD, FI, 0, "suggestion"),
    P(S3, "Stop the letters. That's all I want. Stop writing to Ken.", LA, FU, -1, "suggestion"),
    P(S6, "Tell people about the five days properly. I lost sleep over that.", RB, AP, 0, "suggestion"),
    P(S4, "Ask who the carer was. Not just next of kin. The person who was there.", RA, US, 0, "suggestion"),
    P(S5, "Don't make the crematorium the expensive bit. It's the council. It should be the bit you don't have to worry about.", FC, DE, -1, "suggestion"),
    M(S1, "Thank you. Honestly, thank you all for this."),
    B(S3, "Thank you for listening, love. It helps to say it.", 1, "praise"),
    B(S5, "Yeah. Cheers.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 2: focus-group-2.docx (Teams meeting with Copilot; the intelligent recap
# and the recap's transcript copied into a Word document by the note-taker).
# Online, Thursday evening 23 October 2025. The guide starts at the end (letters
# months later) and jumps back and forth. Teams' text: digits, no fillers.
# ---------------------------------------------------------------------------
FG2 = [
    M(EL, "Hi everyone, thanks for joining. I'm Esther from the customer insight team at Ashgrove Borough Council, and Marcus is here taking notes. The meeting is being recorded and transcribed, and Copilot will make a summary, which we'll check by hand. Everyone okay with that?"),
    B(RP, "Yes, fine."),
    B(BW, "That's fine."),
    B(AK, "Yeah, no problem."),
    M(EL, "Thank you. I'm going to start somewhere slightly odd. Rather than the beginning, I'd like to start with now. Is anything from the council still arriving, or still not sorted? Raymond, you mentioned something in your email."),
    P(RP, "Yes. My wife Jean died in February, in the hospice. And it's October and last week I got a letter from the council addressed to her, about her parking permit. Your permit is due for renewal, Mrs Pike. She didn't drive for the last 3 years of her life.", LA, FU, -1, "pain"),
    P(RP, "And I'd done the Tell Us Once. I did it at the register office. So what's the point of it, if the parking doesn't know?", TO, FU, -1, "question"),
    B(SM, "Same. Exactly the same."),
    M(EL, "Sunita?"),
    P(SM, "My mum died in May, at home. I'm still getting council tax bills for her house in her name. Not to me as the executor, to her. To the estate of, I could understand. But to her, by name, like she's going to open it.", LA, FU, -1, "pain"),
    P(JR, "At least you're getting letters. I can't get anyone at the council to tell me anything about my dad's flat.", TN, PR, -1, "pain"),
    M(EL, "Jordan, do you want to say a bit about your situation?"),
    P(JR, "Yeah. My dad and me hadn't spoken in about 10 years. He died in his council flat on the Brookfield estate and he wasn't found for, it was about 2 weeks. The police found me through the DVLA or something. And I didn't have the money for a funeral, I'm on Universal Credit, so the council did a public health funeral.", FC, N_, 0, "neutral"),
    M(EL, "I'm sorry, Jordan. We'll come back to that in detail. Beverley, and Amir, do you want to introduce yourselves?"),
    P(BW, "I'm Beverley. My son Liam died last November, he was 31. He was cremated at Ashgrove Crematorium and we've got a bench for him in the memorial garden now. Well, we've got a bench on order. It's a long story.", CC, N_, 0, "neutral"),
    P(AK, "Amir. My dad passed away on a Friday night in September. We're Muslim, so we bury as quickly as we can, ideally the same day or the next. And Friday night is about the worst time you can die in Ashgrove, it turns out.", FH, N_, -1, "pain"),
    B(BW, "Oh no."),
    M(EL, "Tell us about that."),
    P(AK, "So he died at home about 9 at night. The GP's closed. The out of hours doctor came and confirmed it but couldn't do the certificate. And without the certificate, or the coroner saying it's fine, you can't register, and without registering you can't bury. I've got 40 family arriving and I'm on the phone to a 111 operator.", CE, PR, -1, "pain"),
    P(AK, "To be fair, there is an out of hours registrar service, we found out. The mosque told us, not the council. The registrar came in on the Saturday morning specially. She was amazing. She'd done it before, she knew exactly what we needed.", RA, US, 1, "praise"),
    P(AK, "But I only found that number because the imam had it on his phone. It's not on the website. I looked.", GD, FI, -1, "pain"),
    M(EL, "Okay. Raymond, going back to the letters. Did you contact anyone about the parking letter?"),
    P(RP, "I rang the number on the letter. I was 35 minutes on hold. Then a young man told me I had to email a copy of the death certificate to a parking address. I'm 78. I haven't got a scanner.", LA, FU, -1, "pain"),
    P(SM, "And why do they need the certificate again? They had it. Tell Us Once told them. Or it didn't. Nobody knows which.", TO, FU, -1, "pain"),
    M(MH, "Sorry, Sunita, can I just ask, was the council tax for your mum's house set up as exempt?"),
    P(SM, "Eventually. I had to phone. The first letter just said the account was closed and a new bill would follow. Then a bill came for the full amount, in her name. Then I phoned and a lady put it as exempt until probate and apologised. So the phone call worked. The letters didn't.", CT, DE, 0, "pain"),
    M(EL, "Thanks, Marcus. Let's go back to the very beginning for a moment. When it happened, how did you find out what you had to do? Beverley?"),
    P(BW, "Liam died in hospital, so the bereavement office there was our first stop. There's a lady called Pat, she's been there forever. She sat us down with a cup of tea and went through it. If every part of this had been like Pat, I wouldn't be here moaning.", GD, FI, 1, "praise"),
    B(RP, "Ha."),
    P(RP, "The hospice had a folder. A proper one, with tabs. Jean's nurse went through it with me. Register, funeral, bank, council. I still use it, I tick things off.", GD, FI, 1, "praise"),
    P(JR, "I got nothing. A phone call from a police officer, and then a phone call from the council, the public health funerals officer, asking if I was going to pay for the funeral. That was the first I knew there was a council bit at all.", FC, FI, -1, "pain"),
    M(EL, "What did that officer explain to you?"),
    P(JR, "She was okay actually. She was straight with me. She said if no one can pay, the council will arrange a simple funeral, a cremation, and you can come, but you don't choose much. And then the council claims the costs back from his estate if there is one. Which there wasn't. He had 40 quid in his bank.", FC, DE, 0, "neutral"),
    P(JR, "What got me was I couldn't have a service where I wanted. It was the first slot in the morning at the crematorium, on a Tuesday, at 9 o'clock. Me, my aunt and a lady from the flats. I'd have liked a bit of music. I didn't know I could ask.", FC, US, -1, "pain"),
    B(BW, "That's so sad."),
    M(EL, "Could you ask?"),
    P(JR, "Apparently yes, after, the officer said I could have asked for a piece of music. Nobody told me at the time. So.", FC, US, -1, "pain"),
    M(EL, "Amir, you mentioned the burial. Was that at Ashgrove Cemetery?"),
    P(AK, "Yes, the Muslim section at Ashgrove Cemetery. The cemetery office was brilliant on the Saturday, I'll be honest. They opened for us, the grave was ready by 2. I don't know how they did it so quickly.", CC, US, 1, "praise"),
    P(AK, "The fees though. There's a weekend surcharge for burials, I think it was nearly 600 pounds extra. We can't choose not to bury on a Saturday, it's our faith. So you're paying extra for being Muslim, is how it felt.", FC, DE, -1, "pain"),
    B(SM, "That's not right."),
    M(EL, "Did anyone explain the surcharge?"),
    P(AK, "It was on the invoice. Just a line. Out of hours interment. Nobody talked about it until the invoice came.", FC, DE, -1, "pain"),
    M(EL, "Beverley, the crematorium and the memorial bench. What happened there?"),
    P(BW, "So the funeral itself was fine, the staff were lovely, very dignified. Afterwards, we wanted to scatter Liam's ashes in the memorial garden, and you can, you book a time. But we wanted something with his name on it. They've got benches, trees, plaques. A bench is 2000 pounds for 10 years.", CC, FU, 0, "neutral"),
    B(RP, "Ten years?"),
    P(BW, "10 years. Then you renew it or it goes. Like it's a lease. My son on a lease. I ordered it in January. It's still not there. There's a waiting list for the benches, they said, because they only put them in twice a year.", CC, FU, -1, "pain"),
    P(BW, "And I took some solar lights and a little windmill to where we scattered him, and they were gone the next week. There's a rule, no ornaments in the garden. Fine. But nobody told me. I thought someone had stolen them. I cried in the car park.", CC, FU, -1, "pain"),
    B(SM, "Oh, Beverley."),
    P(BW, "The man in the office was very apologetic, they'd put them in a box for me. He gave me the memorial rules leaflet. It would have been nice to have that on the day of the funeral, not after.", CC, FU, 0, "suggestion"),
    M(EL, "Let's talk about registering. Raymond, Sunita, what was the register office like?"),
    P(RP, "The appointment was fine. The booking took three tries. The online one wanted an email address and Jean's NHS number, and I didn't have her NHS number, it's in a drawer somewhere. I rang in the end.", RB, AP, -1, "pain"),
    P(SM, "I booked online, got a slot 5 days later, which is fine. The registrar was efficient. Efficient is the word. Not unkind. Just, next.", RA, US, 0, "neutral"),
    P(RP, "Mine was kind. She asked about Jean. What she'd done for work, she was a teacher, and she said oh, my mum was a teacher. Little thing.", RA, US, 1, "praise"),
    M(EL, "Did the registrar explain Tell Us Once?"),
    P(SM, "She gave me the number and said you can do it online or phone. I did it online that night. It took 20 minutes, it's good actually, it asks you everything once. I ticked council tax, housing benefit, blue badge, library. Everything.", TO, AP, 1, "praise"),
    P(SM, "And then the blue badge people wrote to me asking me to return her badge. So it did go through. But then council tax didn't. So it's not all or nothing. It's random.", TO, FU, -1, "pain"),
    P(RP, "I thought Tell Us Once did the banks as well. It doesn't, does it? I found out at the bank.", TO, FU, -1, "question"),
    B(AK, "No, it's only the government ones."),
    P(AK, "I didn't do it at all. I didn't know it existed till now. Is it too late?", TO, AP, -1, "question"),
    M(EL, "I'll send you the details after, Amir, I believe there's a time limit but let me check."),
    M(EL, "Jordan, can I ask about the flat? You said you couldn't get anyone to tell you anything."),
    P(JR, "So the flat was a council flat. I wasn't on the tenancy, obviously. The housing office sent a notice to quit to the flat, addressed to the executor. There is no executor. There's me. And I was told I had to clear it within 4 weeks or they'd charge the estate for clearing it.", TN, DE, -1, "pain"),
    P(JR, "I went in once. I couldn't do it. The smell, after 2 weeks. I'm not going into details. I rang them and said I can't, and the housing officer said that's fine, we'll do the clearance, and he asked if there was anything I wanted kept. He saved me some photos. I'll never forget that he did that.", TN, DE, 1, "praise"),
    B(RP, "Good man."),
    P(JR, "But then the letters about rent arrears on the flat started coming. To me. For the 4 weeks after he died. I'm not paying his rent, am I? I don't think I legally have to.", TN, FU, -1, "question"),
    M(EL, "I don't want to give you the wrong answer on that, Jordan. I'll get someone from housing to talk you through it."),
    B(JR, "Thanks."),
    M(EL, "Amir, did anything else go wrong after the burial?"),
    P(AK, "The council sent my mum a letter about the grave. Saying the mound has to be levelled after 6 months and no planting. In our tradition we keep it simple anyway, so it's fine, but the letter said the deceased has been interred. It read like a parking notice.", CC, FU, -1, "pain"),
    B(BW, "They all read like parking notices."),
    M(EL, "Sunita, what about the blue badge and the care side?"),
    P(SM, "Mum had a care package from the council, carers twice a day. After she died I got a final invoice for the care, which is fair, she'd had the care. But it was for the full month. I rang and they said it's billed monthly in advance. So I'm paying for carers to visit a dead woman? They did refund it. 7 weeks later.", LA, FU, -1, "pain"),
    P(RP, "I didn't know you could get money back on things. Is that for everyone, the refunds?", LA, FU, 0, "question"),
    M(EL, "It depends on the service, Raymond. I'll put it in the follow-up."),
    M(EL, "We're nearly out of time. What's one thing you'd change? Quick round."),
    P(SM, "When I tell you once, believe me. Stop the letters in her name.", LA, FU, -1, "suggestion"),
    P(AK, "Put the out of hours registrar number on the website. On the front page. And talk to the mosques and the churches, they're the ones people ring.", GD, FI, 0, "suggestion"),
    P(BW, "Give people the memorial rules at the funeral. In the folder. Before they take things up there.", CC, FU, 0, "suggestion"),
    P(RP, "A named person. One person at the council who's got your file, and you ring them, not a queue.", LA, FU, 0, "suggestion"),
    P(JR, "Tell people they can have music at a council funeral. It's not much, is it.", FC, US, -1, "suggestion"),
    M(EL, "Thank you so much, all of you. Marcus will send the recap round. Take care of yourselves."),
    B(BW, "Thanks, Esther. This has helped, weirdly.", 1, "praise"),
    B(RP, "Thank you. Goodnight all.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 3: interview-1.vtt (Teams call recorded to OneDrive; the transcript
# downloaded from the recording's Stream page as .vtt). Staff: deputy superintendent
# registrar. Monday 20 October 2025. Teams' recogniser: digits, no fillers.
# ---------------------------------------------------------------------------
INT1 = [
    M(EL, "Thanks for making time, Paula. Could you start by saying what your role is?"),
    P(PL, "Of course. I'm the deputy superintendent registrar at Ashgrove Register Office. So I manage the team of registrars, 9 of us, and I still do registrations myself most days, births and deaths, and the ceremonies at weekends.", RA, N_, 0, "neutral"),
    M(EL, "How many deaths do you register in a year?"),
    P(PL, "Around 2800. It goes up every winter. January is always our worst month.", RB, AP, 0, "neutral"),
    M(EL, "What's the biggest thing that's changed for families in the last couple of years?"),
    P(PL, "The medical examiner system, without a doubt. Since it became statutory, every death that doesn't go to the coroner is reviewed by a medical examiner before we get the certificate. In principle it's a good thing. Families get a phone call from an independent doctor, they can raise concerns.", CE, PR, 0, "neutral"),
    M(EL, "And in practice?"),
    P(PL, "In practice, for deaths in the community, at home or in a care home, it can add days. The GP has to complete the certificate, send it to the medical examiner office at the hospital, and they review it. If the GP is part-time or on holiday it sits. We've had families wait 2 weeks before we can even offer them an appointment.", CE, PR, -1, "pain"),
    M(EL, "Do families understand why they're waiting?"),
    P(PL, "No. And they ring us, because we're the name they know, and we can't see where it is. We're not part of the NHS, we can't look it up. So we say, I'm sorry, we haven't received it yet. Which is true but it's not very helpful, is it.", CE, PR, -1, "pain"),
    P(PL, "What I'd love is a simple status. Sent to the medical examiner, reviewed, sent to the register office. Like tracking a parcel. It sounds daft but families would feel less lost.", CE, PR, 0, "suggestion"),
    M(EL, "A lot of people told us they believed they had to register within 5 days, and panicked."),
    P(PL, "Yes. The 5 days is in the law but it runs from when the death is certified properly, and in practice no one gets penalised while they're waiting for paperwork. We don't say that clearly enough. Our website says 5 days in bold. I've asked for it to be changed.", RB, FI, -1, "pain"),
    M(EL, "How do people book?"),
    P(PL, "Mostly online now, about 70%. The rest phone. The phone line goes to the council's contact centre first, not to us, and they book into the same diary. The contact centre staff are good but they're not registrars, so sometimes people get told things that aren't quite right.", RB, AP, 0, "neutral"),
    M(EL, "Such as?"),
    P(PL, "Who can register. The law says a relative, or someone present at the death, or the person arranging the funeral, in some cases the occupier of the building. People get told it has to be next of kin, and it doesn't. Carers, friends, neighbours can sometimes register. We'd rather they came in and we'd work it out with them.", RB, AP, -1, "pain"),
    M(EL, "What about the booking form? Someone told us niece wasn't in the drop-down."),
    P(PL, "Oh, I didn't know that. That's a simple fix. I'll take that away.", RB, AP, 0, "neutral"),
    M(EL, "Tell me about the appointment itself, from your side."),
    P(PL, "We book 30 minutes, it usually takes 20. We go through the particulars, the name, date and place of birth, occupation, usual address, the cause of death from the certificate. Then they check the draft on the screen, and once they sign, it's in the register.", RA, US, 0, "neutral"),
    P(PL, "That check on the screen is the moment. If there's a spelling mistake and they don't spot it, correcting it afterwards is a formal process under the Act. It's not us being difficult, it's a legal record. But I know it feels cruel.", RA, US, 0, "neutral"),
    M(EL, "Could you read it out to them, rather than turn the screen?"),
    P(PL, "Some of my registrars already do. I've asked them all to, after the complaint in the spring. People in shock don't read. They nod.", RA, US, 0, "suggestion"),
    M(EL, "And Tell Us Once? How does that fit in?"),
    P(PL, "We offer it at every appointment. If they want, we do it with them there and then, or we give them the reference and they do it online or by phone. Take up is good, I'd say 8 in 10.", TO, US, 1, "praise"),
    M(EL, "People told us it didn't stop everything. Parking, garden waste, the library."),
    P(PL, "I hear that a lot. Tell Us Once sends the notification. What each service does with it is up to that service. Some of our council services act on it the same day, some of them print it out and put it in a tray, I suspect. And some aren't connected at all. Garden waste is a separate system, I think, it's run by the contractor.", TO, FU, -1, "pain"),
    P(PL, "The families think it's one big switch. It's not. It's more like a letter to 12 departments, and some of them don't open their post.", TO, FU, -1, "pain"),
    M(EL, "What about out of hours? We heard from a Muslim family about a weekend burial."),
    P(PL, "We run an on call service for urgent burials for faith reasons, Saturdays and bank holidays. It works well when people find it. The problem is the number's not easy to find. It's given to the mosques, the synagogue and the funeral directors, and the hospital bereavement office has it.", RB, FI, 0, "pain"),
    M(EL, "Why isn't it on the website?"),
    P(PL, "Honestly, there was a worry that people would use it for non-urgent registrations. Which I think is a small risk compared with a family not finding it. I'd put it on.", RB, FI, 0, "suggestion"),
    M(EL, "How do you and your team cope? This is a hard job."),
    P(PL, "It is. You do 6 death registrations in a morning and then a wedding in the afternoon. We have supervision and we can use the staff counselling line. But the stillbirths stay with you. We do those in a separate room now, not the main office, so the parents don't sit with people who are there for a birth.", BS, US, 0, "neutral"),
    M(EL, "That's a thoughtful change."),
    P(PL, "It came from a mum who wrote to us. She said she sat next to a couple with a newborn in a car seat. We moved it the next week. Sometimes it's that simple.", RA, US, 0, "praise"),
    M(EL, "What about certificates? People found the number and the price confusing."),
    P(PL, "It's 12 pounds 50 each on the day. Later it's more, because it has to be searched and issued separately. We always say think about how many you need, banks, pensions, insurance, solicitors. But people are in no state to count. Many organisations will accept a copy and give the original back, and we could say that more.", RA, US, 0, "suggestion"),
    M(EL, "If you could change one thing in the whole process, what would it be?"),
    P(PL, "Joined up information. The hospital, the GP, the medical examiner, us, the funeral directors, the council. Each of us gives the family a leaflet. They go home with 5 leaflets that don't agree with each other.", GD, FI, -1, "suggestion"),
    M(EL, "Thank you, Paula. That's really helpful."),
    B(PL, "Thank you for doing this. I mean it. We don't often get asked.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 4: interview-2.srt (video interview on the University of Ashgrove's
# Kaltura MediaSpace; REACH machine captions corrected in Kaltura's captions editor,
# speaker names added with "Add Speaker" on the first caption line of each turn;
# downloaded as SRT). Wednesday 22 October 2025. Brother died on holiday abroad.
# ---------------------------------------------------------------------------
INT2 = [
    M(NAD, "Thanks for talking to me, Marek. Can you tell me what happened?"),
    P(MAR, "My brother Pawel died in Portugal, in the Algarve, in June. He was on holiday with his girlfriend. Heart attack, they think, he was 41. She rang me at 2 in the morning from a hospital in Faro.", FH, N_, 0, "neutral"),
    M(NAD, "I'm very sorry."),
    B(MAR, "Thank you."),
    M(NAD, "What did you have to do first?"),
    P(MAR, "Everything was in Portuguese. The death certificate, the police report, everything. His girlfriend doesn't speak Portuguese and I don't either. The British consulate was helpful, they gave us a list of funeral directors who do repatriation and a list of translators. That was the first useful thing.", FH, N_, 0, "praise"),
    M(NAD, "How did the council come into it?"),
    P(MAR, "That's the thing, I assumed I'd register his death here, in Ashgrove, because he lived here all his life. And I booked an appointment online. I actually booked it. Nobody stopped me.", RB, AP, -1, "pain"),
    M(NAD, "And?"),
    P(MAR, "And when I turned up the registrar said, very kindly, I'm sorry, you can't register a death that happened abroad here. It's registered in Portugal. You can apply to have it recorded with the UK, but it's optional. I'd taken the morning off work.", RB, AP, -1, "pain"),
    P(MAR, "The booking page could just ask, did the death happen in England or Wales. One question. It would have saved me the morning.", RB, AP, 0, "suggestion"),
    M(NAD, "What did you need the council for, then?"),
    P(MAR, "Because he was coming home in a coffin, and when a body is brought back from abroad, the coroner here gets involved. So there was a coroner, an inquest opened, because it was sudden and abroad. I didn't know that. I thought the coroner was for murders.", CE, PR, 0, "neutral"),
    M(NAD, "That must have been a shock."),
    P(MAR, "A second post-mortem. He'd already had one in Faro. My mum couldn't take that. But the coroner's officer explained why, and she was patient with my mum, who kept ringing her. Every day. She always picked up or called back the same day.", CE, PR, 0, "praise"),
    M(NAD, "And then the funeral?"),
    P(MAR, "The coroner gave a certificate for burial, a form, and the funeral director took it from there. Burial at Ashgrove Cemetery, in the Catholic section next to our dad. We bought the double grave when Dad died, so at least that was done.", CC, US, 0, "neutral"),
    M(NAD, "Was the cemetery straightforward?"),
    P(MAR, "Mostly. Except the grave deeds were in my mum's name and the cemetery office needed her signature to open the grave. She's 74, she had to come in person with ID. On that day. That was hard for her.", CC, AP, -1, "pain"),
    M(NAD, "Did you use Tell Us Once?"),
    P(MAR, "No. Because you only get the reference when you register here, and we didn't register here. So I had to tell everyone myself. The council tax, the DVLA, the passport office, his bank, his work. One by one.", TO, AP, -1, "pain"),
    M(NAD, "How did that go with the council?"),
    P(MAR, "Council tax wanted the Portuguese death certificate. I sent it. They wrote back asking for an English translation. Certified. That was 90 pounds. For a letter to say my brother is dead.", CT, AP, -1, "pain"),
    M(NAD, "That's a lot for one letter."),
    P(MAR, "His flat was private, rented, so at least there was no council housing bit. But the electoral register kept sending him polling cards. In October there was a by-election. A polling card for Pawel.", LA, FU, -1, "pain"),
    M(NAD, "Who paid for bringing him home?"),
    P(MAR, "His travel insurance, thank God. It was about 7000 euros. If he hadn't had insurance I don't know what we'd have done. Some families have to cremate abroad and bring the ashes in a suitcase.", FC, DE, 0, "neutral"),
    M(NAD, "Was the funeral at the cemetery expensive?"),
    P(MAR, "The burial fee, the grave opening, the council said it was the non-resident rate at first, because his address on the Portuguese certificate was the hotel. The hotel! I had to send his tenancy and a council tax bill to prove he lived in Ashgrove.", FC, DE, -1, "pain"),
    B(MAR, "You couldn't make it up."),
    M(NAD, "Did they change it?"),
    P(MAR, "They did, the next day. The lady in the cemetery office sorted it herself, she rang me back. So, fair enough. It's just every single step there's something.", FC, DE, 0, "praise"),
    M(NAD, "Did you know you could record his death with the UK?"),
    P(MAR, "I know now. I haven't done it. It costs money and it's optional, and honestly, I've got the Portuguese one and a translation. Is it worth it? I still don't know what it's for.", GD, FI, 0, "question"),
    M(NAD, "Did anyone from the council offer you support?"),
    P(MAR, "No. I found a charity online for people bereaved abroad. They were good. They have a phone line and a guide, step by step, with the consulate, the coroner, the repatriation. That guide was better than anything the council had.", BS, FU, 1, "praise"),
    M(NAD, "What would you want the council to know?"),
    P(MAR, "That deaths abroad are not rare. Ashgrove has lots of people who go to Poland, Portugal, Pakistan, Jamaica. The council website has nothing. Not one line. Just a page on the consulate and a page on the coroner, written for someone else.", GD, FI, -1, "suggestion"),
    M(NAD, "Anything else you'd like to add?"),
    P(MAR, "Only that the registrar, the one who told me I couldn't register, she didn't just send me away. She printed the gov page for me and rang the coroner's office while I was sitting there. She didn't have to.", RA, US, 1, "praise"),
    M(NAD, "Thank you so much, Marek."),
    B(MAR, "Thank you. I hope it helps someone.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 5: interview-3.txt (Temi, automatic transcript, TXT download with speaker
# names and timestamps; speakers left as Speaker 1 / Speaker 2). The participant
# spoke first, so she is Speaker 1 and the interviewer Speaker 2. At her home,
# recorded on the interviewer's phone, Friday 24 October 2025. Temi keeps some "um".
# ---------------------------------------------------------------------------
INT3 = [
    P(SP1, "Is it on? Is that little red light it? Okay. Sorry, I'm nervous, I've never done anything like this.", "", "", 0, "neutral"),
    M(SP2, "You're doing fine. Take your time, and we can stop whenever you want. Can you tell me a bit about what happened?"),
    P(SP1, "So our daughter, Isla, was stillborn in May, at 38 weeks. Everything had been fine. I went in because she'd stopped moving and they couldn't find a heartbeat. And then I had to give birth to her anyway, which, um, people don't know that. They think it just, ends.", FH, N_, 0, "neutral"),
    M(SP2, "I'm so sorry."),
    P(SP1, "Thank you. The midwives on the bereavement suite were incredible. Honestly. They have a special room, the Snowdrop room, away from the other mums, and they let us keep her with us for 2 days in a cold cot. We bathed her. They took photos, hand prints.", FH, N_, 1, "praise"),
    M(SP2, "When did the council side of things start?"),
    P(SP1, "The midwife gave us a certificate of stillbirth and said you need to register her within 42 days. 42 days, not 5 like for a death, because it's a stillbirth. She explained that really clearly. I wrote it on my hand.", GD, FI, 1, "praise"),
    M(SP2, "How did you book?"),
    P(SP1, "My husband rang. He got put through to the normal births line first, and the lady said congratulations. Because he said I need to register our daughter. And then he had to say, no, she was stillborn. He sat in the car for half an hour after that.", RB, AP, -1, "pain"),
    M(SP2, "Oh, no."),
    P(SP1, "It's nobody's fault. She didn't know. But there should be a different button, or a different number. Press 3 if you are registering a stillbirth. Something.", RB, AP, 0, "suggestion"),
    M(SP2, "And the appointment?"),
    P(SP1, "That was better. Much better. They'd put us in a little room at the back, not the waiting area where everyone's there with their babies. The registrar had read the notes before we came in, she didn't make us explain. And she asked if we wanted Isla's name on the register. You don't have to name them, in a stillbirth, but we wanted her name written down somewhere official.", RA, US, 1, "praise"),
    P(SP1, "We got a certificate with her name on. It's in a frame now, in the hallway. I know that sounds odd to some people.", RA, US, 0, "neutral"),
    M(SP2, "It doesn't sound odd at all."),
    M(SP2, "What about the funeral?"),
    P(SP1, "The hospital offers a funeral for babies, it's free, a shared cremation. But we wanted her buried, so she'd have a place. The funeral director, um, Ashby's, they didn't charge us anything for a baby. And the council doesn't charge for under 18s at the cemetery now, which I didn't know, I was ready to pay.", FC, DE, 1, "praise"),
    M(SP2, "Where is she buried?"),
    P(SP1, "In the baby garden at Ashgrove Cemetery. It's beautiful, it's got a little wall and butterflies painted on it.", CC, US, 1, "praise"),
    P(SP1, "But, um. The rules. There's a rule about how big the headstone can be and what you can put on the grave. And the other babies' graves have windmills and teddies and lights, loads of them. And then in September the council sent a letter to all the parents saying remove items by the end of the month or they'll be removed. A letter. To bereaved parents. In a brown envelope.", CC, FU, -1, "pain"),
    M(SP2, "How did the other parents react?"),
    P(SP1, "There's a Facebook group. It went crazy. Someone went to the local paper. And then the council backed down and said it would consult. Which is good, I suppose. But they could have just talked to us first. Come to the garden on a Sunday, we're all there.", CC, FU, -1, "suggestion"),
    M(SP2, "Was the grave something you had to buy?"),
    P(SP1, "We got a leaflet about the baby garden with the prices crossed out and free written on it in pen. Which sounds bad but was actually nice, someone had done that by hand. The grave is ours for 25 years and then, I don't know. I don't want to think about then.", CC, DE, 0, "neutral"),
    M(SP2, "Was there any support offered to you, after?"),
    P(SP1, "The hospital referred us to the bereavement midwife and to a charity for baby loss, they run a parents group in Ashgrove. That group saved me. Honestly. The council didn't offer anything, but I don't know if that's their job.", BS, FU, 0, "praise"),
    M(SP2, "Did anything about registering surprise you?"),
    P(SP1, "We're not married, me and Dan. I thought I could just register her and put him down as the dad. But because we're not married he had to come with me, or it couldn't go on. Nobody told us until the day before. Luckily he'd already booked the day off.", RB, AP, -1, "pain"),
    M(SP2, "What if he hadn't been able to come?"),
    P(SP1, "Then she'd have a certificate without her dad on it. Which you can change later, apparently, but. You don't want to be changing things later. You want it done once.", RA, US, -1, "pain"),
    M(SP2, "Were there any letters or things that went wrong afterwards?"),
    P(SP1, "The child benefit, no, that was fine. The thing that got me was the health visitor. She turned up at the house in July for the new baby check. Nobody had told her. I opened the door and she was holding the scales.", LA, FU, -1, "pain"),
    M(SP2, "That's awful."),
    P(SP1, "That's the NHS, not the council, I know. But it's the same thing, isn't it. Telling people once. I told the hospital, I told the registrar, and still.", LA, FU, -1, "pain"),
    P(SP1, "And the baby boxes. The free samples. A formula company sent a box addressed to Isla in August. I don't know how they got her name.", LA, FU, -1, "pain"),
    M(SP2, "Oh, no."),
    P(SP1, "There's a thing you can sign up to, the baby mailing preference, to stop it. The midwife told me after. I wish she'd told me before.", LA, FU, 0, "suggestion"),
    M(SP2, "Is there anything you'd like the council to change?"),
    P(SP1, "Um. Talk to parents about the baby garden before you make rules. And have one person, one contact, for baby loss. The registrars were brilliant, so I know they can do it.", CC, FU, 0, "suggestion"),
    M(SP2, "Thank you for talking to me. I know it's not easy."),
    B(SP1, "No, thank you for asking about her. People don't say her name.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 6: interview-4.md (Google Meet call recorded by tl;dv; the transcript
# downloaded from tl;dv). Staff-adjacent: an independent funeral director. Monday
# 27 October 2025. Meet recogniser through tl;dv: digits, no fillers.
# ---------------------------------------------------------------------------
INT4 = [
    M(ELT, "Hi Colin, thanks for joining. The recording bot is here, hopefully that's okay. Could you introduce yourself?"),
    P(CA, "Colin Ashby, Ashby and Daughters, we're on the high street. I've been a funeral director in Ashgrove for 23 years, my dad before me. We do about 350 funerals a year, most of them at the council crematorium.", CC, N_, 0, "neutral"),
    M(ELT, "Several people in our groups named you, actually. They said you gave them the most useful information of anyone."),
    P(CA, "That's kind. It's part of the job now, honestly. Families come to us first because we're the ones who answer the phone at 3 in the morning. So we end up explaining the registration, the medical examiner, Tell Us Once, the bank. Things that aren't ours to explain.", GD, FI, 0, "neutral"),
    M(ELT, "Is that a problem?"),
    P(CA, "It's fine, but it's a bit wrong, isn't it? The council relies on us being decent. Not every funeral director is. Some of the big chains will give you a price list and not much else, and some of the direct cremation firms are online only.", GD, FI, -1, "pain"),
    M(ELT, "What's the biggest delay you see?"),
    P(CA, "The medical examiner, for community deaths. We can't book the crematorium until the paperwork is through, and the crematorium won't confirm a date until it has the forms. So families wait, and they blame us. I've had a family wait 17 days. The gentleman's body was with us the whole time.", CE, PR, -1, "pain"),
    M(ELT, "How is it working with Ashgrove Crematorium?"),
    P(CA, "The staff are excellent, I'll say that first. The chapel attendants, the office, they know us by name. When something goes wrong, a hearse stuck on the ring road, they'll hold the next slot. They're human.", CC, US, 1, "praise"),
    P(CA, "The booking system is another story. It's an online portal for funeral directors and it doesn't show you real availability. You request a slot and then wait for an email. Sometimes the next day. Meanwhile the family is sitting in my arrangement room asking what day it is.", CC, AP, -1, "pain"),
    M(ELT, "And the fees?"),
    P(CA, "The council put the cremation fee up by 11% in April. It's now over 1100 pounds for a standard slot, which is more than the private crematorium at Hollin Vale. People assume the council's is the cheap option. It isn't, anymore.", FC, DE, -1, "pain"),
    M(ELT, "Some families said they didn't know about help with funeral costs."),
    P(CA, "The Funeral Expenses Payment from the DWP. We tell everyone who we think might qualify. But it only covers part of it and it comes after. The family has to find the money first, or we carry it, and I've carried a few thousand pounds on my books for months.", FC, AP, 0, "neutral"),
    M(ELT, "What about public health funerals? Do you do those for the council?"),
    P(CA, "We're on the council's contract this year. They're done with dignity, I want to say that, there's a proper coffin, a proper service if anyone comes. But the contract says no music and no flowers unless the family pays. I put a bit of music on anyway. I'm not going to send someone off in silence.", FC, US, 0, "neutral"),
    M(ELT, "That's good to hear."),
    P(CA, "Don't tell the procurement people.", FC, US, 0, "neutral"),
    M(ELT, "I won't. What about the cemetery, the memorials?"),
    P(CA, "Memorials are a headache. The council has rules on the size of headstones, the lawn section, what's allowed on graves. Fair enough, they have to mow. But the rules change and nobody tells the families, or us. Stonemasons need a permit for every headstone and it takes 6 to 8 weeks.", CC, FU, -1, "pain"),
    M(ELT, "We heard about the baby garden letter."),
    P(CA, "Yes. That was badly done. Some of those parents are my families. A letter like that, in September, with a deadline. I rang the bereavement services manager myself. To her credit she stopped it within the week.", CC, FU, 0, "pain"),
    M(ELT, "Do you see people get things wrong about the rules?"),
    P(CA, "All the time. People think the next of kin has to register, or that you can't have a funeral until probate, or that the council will pay for any funeral if you ask. And people think the council will take the house to pay for a public health funeral. It won't, usually. They'll claim the costs from the estate, that's different.", GD, FI, 0, "neutral"),
    M(ELT, "What do you see of Tell Us Once?"),
    P(CA, "Families think it's done everything. Then 3 months later they ring me, not the council, because they've had a letter for the deceased about a bus pass. They ring me because I'm the one who was kind to them. I tell them who to call.", TO, FU, -1, "pain"),
    M(ELT, "And the medical examiner office, from your side?"),
    P(CA, "The office at Ashgrove General is very good once it has the paperwork. They phone us, they're clear, they're polite. The bottleneck is before them. GPs who are in 2 days a week.", CE, PR, 0, "praise"),
    M(ELT, "What about collecting ashes from the crematorium?"),
    P(CA, "That's a small one but it matters. The crematorium office only releases ashes Monday to Friday, 9 to 4. Families who work can't get there, so we collect for them. But some want to collect themselves, it's the last thing they do for their mum. Saturday mornings would be a kindness.", CC, US, 0, "suggestion"),
    M(ELT, "And direct cremation? Is that growing?"),
    P(CA, "Hugely. No service, the body goes to the crematorium, the ashes come back. About a quarter of my enquiries now. People think it's cheaper because it's simpler, and it is, but they sometimes regret not having a goodbye. The council doesn't have a direct cremation option of its own, which surprises people.", FC, DE, 0, "neutral"),
    M(ELT, "If you had the council's ear, what would you change?"),
    P(CA, "3 things. Real time booking at the crematorium. A single leaflet, agreed by everyone, the hospital, the register office, the council and us. And a named person at the council for funeral directors, so I'm not ringing the contact centre like a member of the public.", CC, AP, 0, "suggestion"),
    M(ELT, "Thank you, Colin. That's really clear."),
    B(CA, "Any time. And thank you, it's good someone's asking the families.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 7: interview-5.xlsx (typed into Excel by the university researcher from
# her recording; one row per sentence or two, the speaker in a cell merged
# vertically over the rows of the turn). At the interviewee's new flat, Tuesday
# 28 October 2025. Partner of 19 years, not married; council tenancy succession.
# ---------------------------------------------------------------------------
INT5 = [
    M(NC, "Thank you for having me, Kerry. Can you tell me about Steve?"),
    P(KD, "We were together 19 years. Never married, never saw the point. He died in January, he had a stroke at work. We lived in his flat on Rowan Court, a council flat, he'd had the tenancy since before we met.", TN, N_, 0, "neutral"),
    M(NC, "When did the housing question come up?"),
    P(KD, "About 3 weeks after. A letter from housing, to Steve, saying the tenancy ends on his death unless someone is entitled to succeed, and to contact them. To Steve. I opened it at the kitchen table.", TN, DE, -1, "pain"),
    M(NC, "What did you understand about succession at that point?"),
    P(KD, "I thought it was automatic. I'd lived there 12 years, I paid half the rent, my name's on the council tax. Everyone told me, you'll be fine, you're his partner, common law wife. Which it turns out doesn't exist. Common law wife is a myth.", TN, FI, -1, "pain"),
    M(NC, "So what happened?"),
    P(KD, "Steve had already succeeded to the tenancy from his mum, years ago. He took it over when she died. And there's only one succession. So I wasn't entitled. The housing officer explained it on the phone. She was kind about it but it was a no.", TN, DE, -1, "pain"),
    M(NC, "How did you feel?"),
    P(KD, "Like I was being evicted from my own life. I'd just buried him. And they gave me a date, use and occupation they called it, I'd pay a charge while they decided what to do with me.", TN, DE, -1, "pain"),
    M(NC, "Did anyone help you with that?"),
    P(KD, "Citizens Advice. And a councillor, Councillor Abbott, my sister emailed her. After that things moved. The housing panel looked at it as a discretionary case because I'd lived there so long, and they offered me a tenancy. Not at Rowan Court, a one bed here on Elm Street. But a tenancy.", TN, DE, 0, "neutral"),
    M(NC, "How long did that take?"),
    P(KD, "5 months from the letter. 5 months not knowing if I'd have a home. I couldn't grieve. I was filling in forms about my grief, basically. Proving I loved him with bank statements.", TN, PR, -1, "pain"),
    M(NC, "What did they ask you for?"),
    P(KD, "Proof I'd lived there. Bills in my name, doctor's letters, bank statements with the address. A letter from the school where I work. I had most of it. If I'd been a younger woman with nothing in my name I don't know what would have happened.", TN, AP, -1, "pain"),
    M(NC, "And the council tax, during all that?"),
    P(KD, "That was the one easy bit. It was already in both our names, so they just took him off and gave me the single person discount. One phone call.", CT, DE, 1, "praise"),
    M(NC, "Did you register the death yourself?"),
    P(KD, "Yes. His brother wanted to, as a relative, but I'd been there in the hospital. The registrar said either of us could. She put me down as partner, which I was glad about, the word partner on the certificate. His brother didn't like that.", RA, US, 0, "neutral"),
    M(NC, "Did you use Tell Us Once?"),
    P(KD, "Yes, and housing got it, because that's what started the letter. So Tell Us Once works, in a way. It told housing he was dead so they could take the flat.", TO, FU, -1, "pain"),
    M(NC, "That's a very sharp way to put it."),
    P(KD, "I've had 9 months to sharpen it.", TN, FU, -1, "pain"),
    M(NC, "Who arranged the funeral?"),
    P(KD, "I did, with his brother. We split it. Ashgrove Crematorium, a Friday, it was packed, people standing at the back. The crematorium staff were very good, they let the football club put their flag on the coffin.", CC, US, 1, "praise"),
    M(NC, "And the cost?"),
    P(KD, "About 4000 all in. His brother paid more than half. I couldn't have, not while I didn't know where I'd be living.", FC, DE, -1, "pain"),
    M(NC, "What happened to the flat on Rowan Court in the end?"),
    P(KD, "I had to clear it. 12 years of our things, his mum's things before that. The council gave me 2 weeks after the offer came through. My nephews did it with a van. I left his chair. I couldn't fit it in the new flat and I couldn't bear to take it to the tip.", TN, FU, -1, "pain"),
    M(NC, "Did you get any letters you didn't expect?"),
    P(KD, "A housing benefit overpayment letter, for Steve, for the week after he died. 63 pounds. Addressed to the estate of. There's no estate. There's me and a chair.", LA, FU, -1, "pain"),
    M(NC, "Has anyone from the council checked on you since?"),
    P(KD, "The housing officer rang me when I moved in, to see if I was okay. That was nice. She didn't have to. I think she felt bad about the whole thing.", TN, FU, 1, "praise"),
    M(NC, "What would you say to the council?"),
    P(KD, "Explain succession before people need it. When you sign a tenancy, tell the partner. Put it in the tenants' magazine. Half the people on Rowan Court think what I thought.", TN, FI, 0, "suggestion"),
    P(KD, "And don't write to the dead person. Write to the people who live there.", LA, FU, -1, "suggestion"),
    M(NC, "Thank you, Kerry."),
    B(KD, "Thanks for listening. Do you want another tea before you go?"),
]

# ---------------------------------------------------------------------------
# Session 8: interview-6.csv (a Google Sheet the interviewer typed up from her notes
# and recording, downloaded as CSV: Timestamp, Speaker, Text, Note; a two-paragraph
# answer is one cell with a line break inside). By phone, Thursday 30 October 2025.
# Son and carer for his mother for eight years.
# ---------------------------------------------------------------------------
INT6 = [
    M(ELI, "Thanks for talking to me, Delroy. Can you tell me about your mum and about caring for her?"),
    P(DB, "I looked after my mum for 8 years. She had dementia and then her kidneys went. I gave up my job at the bus depot to do it. She died in August, at home, in her own bed, which is what I promised her.", BS, N_, 0, "neutral"),
    M(ELI, "I'm sorry. How were the first few days?"),
    P(DB, "Busy. That's the thing nobody tells you, you don't have time to be sad. The GP came out quick, I'll give him that, and he knew her, so the certificate was done in 2 days. That was the easy bit.", CE, PR, 1, "praise"),
    M(ELI, "What came next?"),
    P(DB, "The money stopped. That's the honest answer. My Carer's Allowance stopped, well, it carries on for 8 weeks, which I didn't know, I thought it stopped dead. Her pension stopped. And the council's carer discount on the council tax, that stopped, so my bill went up 25% overnight.", CT, DE, -1, "pain"),
    M(ELI, "Did anyone tell you that in advance?"),
    P(DB, "No one. The council tax letter just said your discount has ended following a change in your circumstances. A change in my circumstances. That's one way to put it.", CT, DE, -1, "pain"),
    M(ELI, "How did you find out about the 8 weeks?"),
    P(DB, "The carers' centre. The lady there, Yvonne, she sat me down and went through it all, the Carer's Allowance run-on, the council tax, the blue badge. She's the only reason I didn't get into debt. She's not even the council, she's the charity the council pays.", GD, FI, 1, "praise"),
    M(ELI, "What about the blue badge?"),
    P(DB, "Mum's badge. I used it to take her to the hospital 3 times a week for dialysis. After she died I was told I had to send it back. And I did. But then the parking people sent me a fine because I'd parked in a disabled bay with it the week after she died, going to the registrar. With her badge, on my own. They were right, technically. But come on.", LA, FU, -1, "pain"),
    M(ELI, "Did you challenge it?"),
    P(DB, "I wrote a letter and explained, and they cancelled it. Took 6 weeks. A nice letter, to be fair, it said sorry for your loss.", LA, FU, 0, "neutral"),
    M(ELI, "What about registering the death?"),
    P(DB, "Fine. Quick. The registrar asked my occupation as the informant and I said carer and she wrote unemployed. I didn't argue. I was too tired. But it stuck with me, that. Eight years, unemployed.", RA, US, -1, "pain"),
    M(ELI, "And the house? Was it a council property?"),
    P(DB, "No, it's Mum's house, she owned it. I live there, I've always lived there, so the council tax is in my name now. My sister wants it sold. That's a family thing, not the council's.", CT, N_, 0, "neutral"),
    M(ELI, "What about the equipment in the house, the hospital bed and so on?"),
    P(DB, "That was the community equipment service. I rang them the day after she died to come and take the bed, the hoist, the commode. They came 3 weeks later. 3 weeks with the hospital bed in the front room. I slept on the sofa next to it because I couldn't go upstairs.", LA, FU, -1, "pain"),
    M(ELI, "Did you use Tell Us Once?"),
    P(DB, "Yes, the registrar did it with me. It was good. Her pension, her attendance allowance, the council tax, all done in one go. That bit I can't fault.", TO, US, 1, "praise"),
    M(ELI, "And the funeral?"),
    P(DB, "She'd paid for a funeral plan years ago, 30 pounds a month. The funeral director took it from there. I thought the plan covered everything. It didn't cover the crematorium fee, because the fee had gone up since she bought it. 400 pounds difference. I paid it.", FC, DE, -1, "pain"),
    M(ELI, "Did the council offer you any support after your mum died?"),
    P(DB, "The social worker closed the case. That was a phone call. Case closed, sorry for your loss. Eight years of people coming in and out, carers twice a day, the OT, the nurses, the social worker, and then it stops. The house went quiet. That's the hardest bit. Honestly.\n\nI don't know what I wanted. Maybe one visit. Someone to ask how I'm doing, not how she was doing.", BS, FU, -1, "pain"),
    M(ELI, "Did you get any bereavement support?"),
    P(DB, "I go to a carers' group still, the former carers one, on Wednesdays. It's good, it's men and women like me, we're all a bit lost. I found that myself. Nobody referred me.", BS, FU, 0, "praise"),
    M(ELI, "What about going back to work?"),
    P(DB, "I'm 58. I've been out 8 years. The job centre has me on a course about CVs. I know how to write a CV. I need someone to say caring for a person with dementia for 8 years is a skill.", BS, FU, -1, "pain"),
    M(ELI, "If you could change one thing?"),
    P(DB, "Tell carers before it happens. What stops, when, what you'll have to pay. Carers plan everything, we have to. Let us plan this as well.", CT, DE, 0, "suggestion"),
    M(ELI, "Thank you so much, Delroy."),
    B(DB, "That's alright. It's nice to talk about her, to be honest.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Codebook, written before coding (examples are exact excerpts of participant
# turns of that theme; checked in main())
# ---------------------------------------------------------------------------
CODEBOOK = [
    (FH, "The death and the first hours",
     "What happened when the person died and in the hours after: an expected death at home "
     "and the district nurse, a sudden death and the police, a hospital or hospice death, a "
     "stillbirth, a death abroad, the care home ringing, the undertaker coming, who the "
     "participant is and who they lost. Leaflets and advice handed over in those hours go to "
     "finding_guidance; the doctor's certificate and the coroner go to certificate_examiner.",
     ["There's no rush.", "I'm sat on the stairs thinking did I do something wrong", "we'll need the room cleared by Friday"]),
    (GD, "Finding out what to do",
     "Where people learned what they had to do and in what order: the hospital bereavement "
     "office, the hospice folder, the GP, the council website and its many pages, Google "
     "and adverts, the funeral director's checklist, the mosque or the consulate, the "
     "carers' centre, leaflets that disagree; wrong beliefs about the rules; wishes for one "
     "list in order. Information about a specific step (the five days, who may register, "
     "the memorial rules) goes to that step's theme.",
     ["One list. In order.", "about fifteen adverts for funeral plans", "Things that aren't ours to explain."]),
    (CE, "The medical certificate, the medical examiner and the coroner",
     "Everything before a death can be registered: the GP's medical certificate of cause of "
     "death, the medical examiner's review and phone call, out-of-hours doctors who cannot "
     "certify, referrals to the coroner, post-mortems, inquests and bodies brought home from "
     "abroad, the days of waiting and not being able to see where the paperwork is. The "
     "registration appointment itself goes to registrar_appointment.",
     ["Eight days we couldn't do anything.", "Like tracking a parcel.", "I thought the coroner was for murders."]),
    (RB, "Booking the registration",
     "Getting an appointment at the register office: the online booking and its questions, "
     "the contact centre phone line, how soon the first slot is, the five-day rule and the "
     "panic about it, who is allowed to register as told on the phone, the out-of-hours "
     "service for urgent faith burials and how to find it, booking for a stillbirth, booking "
     "for a death that happened abroad.",
     ["I was panicking about the five days.", "Press 3 if you are registering a stillbirth.", "niece wasn't on it"]),
    (RA, "At the register office",
     "The registration appointment itself: the registrar's manner, the room, the questions "
     "(occupation, names, the relationship), checking the entry on the screen and mistakes "
     "that cost a form and a fee to correct, who may be the informant, naming a stillborn "
     "baby, buying certified copies and how many, what the registrar did beyond the job.",
     ["She called him Ken, not the deceased.", "People in shock don't read.", "Eight years, unemployed."]),
    (TO, "Tell Us Once",
     "The Tell Us Once service: being offered it at the appointment, the reference number, "
     "doing it online or by phone, what the participant ticked, and what it did and did not "
     "stop (pension, council tax, blue badge, library, parking, housing), what it does not "
     "cover (banks), not being able to use it for a death abroad; the registrar's view that "
     "it is a notification, not a switch. Letters that keep coming months later go to "
     "letters_after unless the point is what Tell Us Once reached.",
     ["I could have kissed her.", "It's random.", "It's more like a letter to 12 departments"]),
    (LA, "Letters and accounts after the death",
     "What keeps arriving afterwards: letters, bills, renewals and polling cards addressed "
     "to the person who died (garden waste, parking permits, council tax in the dead "
     "person's name), penalty notices, phone queues and emailed certificates to stop them, "
     "the health visitor who was never told, never knowing whether something is done; "
     "wishes for one named person and no letters to the dead.",
     ["Stop writing to Ken.", "A polling card for Pawel.", "You never know if it's done."]),
    (CT, "Council tax after a death",
     "Council tax when someone dies: the single person discount, the exemption for an empty "
     "home until probate and what happens after, the carer's discount that ends, bills for "
     "the wrong amount or in the wrong name being corrected by phone, certified translations "
     "demanded, carers not told in advance what will stop. Letters addressed to the dead "
     "person go to letters_after.",
     ["So half right.", "That's one way to put it.", "Let us plan this as well."]),
    (TN, "Council housing and tenancy succession",
     "The council flat after the tenant dies: notices to quit and letters to executors, "
     "clearing the flat, rent charged after the death, succession rights and the rule of one "
     "succession, partners who are not married and the myth of common law marriage, use and "
     "occupation charges, discretionary tenancies, proving you lived there, housing officers "
     "who were kind.",
     ["Common law wife is a myth.", "Proving I loved him with bank statements.", "He saved me some photos."]),
    (FC, "Paying for the funeral",
     "What funerals cost and who pays: the council crematorium and cemetery fees and "
     "surcharges, weekend burial charges, free burial for children, borrowing money, the "
     "government's Funeral Expenses Payment nobody mentioned, public health funerals "
     "arranged by the council (what the family may choose, music, claiming costs from the "
     "estate), funeral directors carrying debts. Booking, the chapel and memorials go to "
     "cemetery_crematorium.",
     ["I had to borrow off my uncle.", "you're paying extra for being Muslim", "I'd have liked a bit of music."]),
    (CC, "The crematorium, the cemetery and memorials",
     "Using the council's crematorium and cemetery: the chapel staff, thirty-minute slots and "
     "double slots, the booking portal for funeral directors, opening a grave and the grave "
     "deeds, the Muslim, Catholic and baby sections, scattering ashes, memorial benches and "
     "plaques on ten-year leases, headstone permits, rules on ornaments and items removed "
     "from graves, consulting bereaved parents. Fees go to funeral_costs.",
     ["it feels like a conveyor belt", "My son on a lease.", "butterflies painted on it"]),
    (BS, "Support after the death",
     "Emotional and practical support for the bereaved: referrals or none, charities and "
     "waiting lists, baby loss groups, support for carers that stops when the person dies, "
     "the former carers' group, social care cases closed by phone, going back to work, "
     "staff support in the register office; who the carer was and what caring meant.",
     ["I didn't stop being tired.", "The house went quiet.", "That group saved me."]),
]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(text.split())


def interleave(items, moderator, fillers):
    """No two turns in a row by one speaker: two moderator turns in a row are one turn;
    between two turns of one participant the moderator's short acknowledgement (from
    `fillers`, in turn) is its own turn, as it is on the recording."""
    out, k = [], 0
    for it in items:
        if out and out[-1]["speaker"] == it["speaker"]:
            if it["mod"]:
                out[-1] = dict(out[-1], text=out[-1]["text"] + " " + it["text"])
                continue
            out.append(M(moderator, fillers[k % len(fillers)]))
            k += 1
        out.append(it)
    return out


def timings(session):
    """Synthetic start/end per turn: words at the session's rate plus seeded pauses."""
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


def ts_ms(s: float, sep=".") -> str:
    ms = int(round(s * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    sec, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{sec:02d}{sep}{ms:03d}"


def ts_short(s: float) -> str:
    """m:ss below an hour, h:mm:ss above (Teams' recap, Temi's mm:ss is separate)."""
    s = int(s)
    if s >= 3600:
        return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
    return f"{s // 60}:{s % 60:02d}"


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'\[(])")


def sentences(text: str) -> list[str]:
    return [x for x in SENT_RE.split(norm(text)) if x]


def chunks(text: str, maxw: int) -> list[str]:
    """Cut a turn into pieces at sentence ends, at most maxw words each; a longer
    sentence is cut after a comma, or else between words."""
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


def piece_times(a, b, pieces, gap=0.3):
    total = sum(len(p.split()) for p in pieces)
    span = (b - a) - gap * (len(pieces) - 1)
    t, out = a, []
    for p in pieces:
        d = span * len(p.split()) / total
        out.append((t, t + d))
        t += d + gap
    return out


def wrap2(text: str, width: int) -> list[str]:
    """Caption line breaking: greedy, at most `width` characters a line."""
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def repackage(raw: bytes, when: _dt.datetime, app: str) -> bytes:
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
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------------------
# Writers (each returns bytes, or None when the needed library is missing)
# ---------------------------------------------------------------------------
def ts_scribie(s: float) -> str:
    d = int(round(s * 10))
    sec, tenth = divmod(d, 10)
    return f"{sec // 3600}:{sec % 3600 // 60:02d}:{sec % 60:02d}.{tenth}"


def scribie_paragraphs(session):
    """Scribie starts a paragraph at every change of speaker or every three minutes,
    whichever is earlier: a turn that runs over a three-minute mark is cut at the
    sentence nearest the mark and the new paragraph repeats the speaker with its own
    time."""
    paras = []
    for it, (a, b) in zip(session["items"], timings(session)):
        mark = (int(a // 180) + 1) * 180
        sents = sentences(it["text"])
        if mark < b - 2 and len(sents) >= 2:
            total = len(norm(it["text"]).split())
            best, pos = None, 0
            for k in range(1, len(sents)):
                pos = len(" ".join(sents[:k]).split())
                t = a + (b - a) * pos / total
                if best is None or abs(t - mark) < abs(best[1] - mark):
                    best = (k, t)
            k, t = best
            paras.append((a, it["speaker"], " ".join(sents[:k])))
            paras.append((t + 0.4, it["speaker"], " ".join(sents[k:])))
        else:
            paras.append((a, it["speaker"], norm(it["text"])))
    return paras


def write_scribie(session) -> bytes:
    """Scribie transcript, plain-text download: 'h:mm:ss.d Sn: text' paragraphs with
    a blank line between; UTF-8 without BOM, CRLF, a final line break."""
    out = [f"{ts_scribie(a)} {spk}: {text}" for a, spk, text in scribie_paragraphs(session)]
    return ("\r\n\r\n".join(out) + "\r\n").encode("utf-8")


def write_recap_docx(session) -> bytes | None:
    """Teams intelligent recap copied into Word: a title and a line on how it was made,
    Copilot's notes (topic paragraphs and bullets, 'AI-generated content may be
    incorrect'), follow-up tasks, then the recap's transcript: per entry a paragraph
    'Name' (bold) + '  ' + 'm:ss' (grey), the speech in the next paragraph; a long turn
    is two entries of one speaker."""
    try:
        import docx
        from docx.shared import Pt, RGBColor
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Aptos"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(session["title"], level=1)
    d.add_paragraph(session["made"])
    d.add_heading("Notes", level=2)
    r = d.add_paragraph().add_run("AI-generated content may be incorrect")
    r.italic = True
    r.font.size = Pt(9)
    for topic, bullets in session["recap_notes"]:
        d.add_paragraph().add_run(topic).bold = True
        for b in bullets:
            d.add_paragraph(b, style="List Bullet")
    d.add_heading("Follow-up tasks", level=2)
    for t in session["tasks"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Transcript", level=2)
    for it, (a, b) in zip(session["items"], timings(session)):
        pieces = [norm(it["text"])]
        if len(pieces[0].split()) >= session["split_words"]:
            sents = sentences(it["text"])
            k = max(1, len(sents) // 2)
            pieces = [" ".join(sents[:k]), " ".join(sents[k:])]
        for (pa, _), text in zip(piece_times(a, b, pieces, gap=0.8), pieces):
            p = d.add_paragraph()
            p.add_run(it["speaker"]).bold = True
            tr = p.add_run("  " + ts_short(pa))
            tr.font.size = Pt(9)
            tr.font.color.rgb = RGBColor(0x61, 0x61, 0x61)
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = cp.last_modified_by = session["author"]
    cp.title = cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.revision = 2
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Office Word")


def write_stream_vtt(session) -> bytes:
    """Transcript downloaded from the recording's Stream page: 'WEBVTT', cue ids
    '<guid>/<n>-<k>', 'hh:mm:ss.mmm --> hh:mm:ss.mmm', '<v Name>text</v>'; two entries
    the service left without a display name are written without a voice tag (the
    second cue of the participant turns listed in session['unnamed'])."""
    rnd = random.Random(session["seed"] + 1)
    guid = "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}".format(
        rnd.getrandbits(32), rnd.getrandbits(16), 0x4000 | rnd.getrandbits(12),
        0x8000 | rnd.getrandbits(14), rnd.getrandbits(48))
    out = ["WEBVTT", ""]
    n = session["first_id"]
    for i, (it, (a, b)) in enumerate(zip(session["items"], timings(session))):
        pieces = chunks(it["text"], session["cue_words"])
        unnamed = any(it["text"].startswith(u) for u in session["unnamed"])
        for k, (p, (pa, pb)) in enumerate(zip(pieces, piece_times(a, b, pieces))):
            out.append(f"{guid}/{n}-{k % 2}")
            out.append(f"{ts_ms(pa)} --> {ts_ms(pb)}")
            out.append(p if (unnamed and k == 1) else f"<v {it['speaker']}>{p}</v>")
            out.append("")
            if k % 2 == 1:
                n += 1
        n += 1
    return "\n".join(out).encode("utf-8")


def caption_pieces(text: str, label: str, maxw: int) -> list[str]:
    """Pieces of at most maxw words that fit two caption lines of 42 characters,
    counting the speaker name in front of the first."""
    out = []
    for p in chunks(text, maxw):
        todo = [p]
        while todo:
            q = todo.pop(0)
            shown = (f"{label}: {q}" if not out else q)
            if len(wrap2(shown, 42)) <= 2:
                out.append(q)
            else:
                w = q.split()
                todo[:0] = [" ".join(w[:len(w) // 2]), " ".join(w[len(w) // 2:])]
    assert " ".join(out) == norm(text)
    return out


def write_kaltura_srt(session) -> bytes:
    """Kaltura REACH captions corrected in the captions editor, downloaded as SRT:
    numbered cues, 'hh:mm:ss,mmm --> hh:mm:ss,mmm', one or two lines of at most 42
    characters; the speaker name added with 'Add Speaker' opens the first caption of
    each turn ('Name: text'); UTF-8 without BOM, CRLF."""
    out, n = [], 1
    for it, (a, b) in zip(session["items"], timings(session)):
        pieces = caption_pieces(it["text"], it["speaker"], session["cue_words"])
        for k, (p, (pa, pb)) in enumerate(zip(pieces, piece_times(a, b, pieces, gap=0.05))):
            text = f"{it['speaker']}: {p}" if k == 0 else p
            lines = wrap2(text, 42)
            out += [str(n), f"{ts_ms(pa, ',')} --> {ts_ms(pb, ',')}", *lines, ""]
            n += 1
    return "\r\n".join(out).encode("utf-8")


def ts_temi(s: float) -> str:
    s = int(s)
    if s >= 3600:
        return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"
    return f"{s // 60:02d}:{s % 60:02d}"


def write_temi(session) -> bytes:
    """Temi TXT with speaker names and timestamps: 'Speaker 1 (00:04):' on its own
    line, the paragraph below, a blank line between; UTF-8, LF."""
    out = []
    for it, (a, _) in zip(session["items"], timings(session)):
        out.append(f"{it['speaker']} ({ts_temi(a)}):\n{norm(it['text'])}")
    return ("\n\n".join(out) + "\n").encode("utf-8")


def write_tldv_md(session) -> bytes:
    """tl;dv transcript as Markdown (layout from a third-party parser, see README):
    '## title', '**Date:** …', '### Transcript', then '**Name** (hh:mm:ss)' and the text
    on the next line, a blank line between; a long turn is two blocks of one speaker."""
    out = [f"## {session['title']}", f"**Date:** {session['date']}", "", "### Transcript", ""]
    for it, (a, b) in zip(session["items"], timings(session)):
        pieces = [norm(it["text"])]
        if len(pieces[0].split()) >= session["split_words"]:
            sents = sentences(it["text"])
            k = max(1, len(sents) // 2)
            pieces = [" ".join(sents[:k]), " ".join(sents[k:])]
        for (pa, _), text in zip(piece_times(a, b, pieces, gap=0.6), pieces):
            out += [f"**{it['speaker']}** ({ts_hms(pa)})", text, ""]
    return "\n".join(out).encode("utf-8")


def xlsx_rows(text: str) -> list[str]:
    """The researcher typed a new row after a sentence or two."""
    out, cur = [], []
    for s in sentences(text):
        cur.append(s)
        if len(" ".join(cur).split()) >= 14:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def write_merged_xlsx(session) -> bytes | None:
    """Researcher's Excel: title and two metadata rows, header row 4 'Speaker | Text |
    Time | Notes' (bold, frozen), a row per sentence or two, the speaker in column A
    merged vertically over the rows of the turn, the time only on its first row;
    a second sheet 'About'."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = session["sheet"]
    ws["A1"] = session["title"]
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = session["subtitle"]
    hdr = 4
    for c, v in enumerate(["Speaker", "Text", "Time", "Notes"], 1):
        cell = ws.cell(row=hdr, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
    row = hdr + 1
    for i, (it, (a, _)) in enumerate(zip(session["items"], timings(session))):
        parts = xlsx_rows(it["text"])
        first = row
        for k, part in enumerate(parts):
            ws.cell(row=row, column=2, value=part).alignment = Alignment(wrap_text=True, vertical="top")
            if k == 0:
                ws.cell(row=row, column=3, value=ts_hms(a))
                if i in session["notes"]:
                    ws.cell(row=row, column=4, value=session["notes"][i])
            row += 1
        ws.cell(row=first, column=1, value=it["speaker"]).alignment = Alignment(vertical="top")
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    for col, w in zip("ABCD", (14, 90, 10, 26)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"A{hdr + 1}"
    about = wb.create_sheet("About")
    for r, (k, v) in enumerate(session["about"], 1):
        about.cell(row=r, column=1, value=k).font = Font(bold=True)
        about.cell(row=r, column=2, value=v)
    about.column_dimensions["A"].width = 18
    about.column_dimensions["B"].width = 80
    wb.properties.creator = wb.properties.lastModifiedBy = session["author"]
    wb.properties.created = wb.properties.modified = session["epoch"]
    raw = io.BytesIO()
    wb.save(raw)
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Excel")


def write_sheets_csv(session) -> bytes:
    """Google Sheets, File > Download > CSV: header 'Timestamp,Speaker,Text,Note',
    fields quoted only when needed, a line break inside a quoted cell for a
    two-paragraph answer, one row with only a time and a note; UTF-8 without BOM,
    CRLF between rows, no final line break."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Timestamp", "Speaker", "Text", "Note"])
    for i, (it, (a, _)) in enumerate(zip(session["items"], timings(session))):
        if i in session["note_rows"]:
            w.writerow([ts_hms(a - 2), "", "", session["note_rows"][i]])
        w.writerow([ts_hms(a), it["speaker"], it["text"], session["notes"].get(i, "")])
    return buf.getvalue().rstrip("\r\n").encode("utf-8")


WRITERS = dict(scribie=write_scribie, recap_docx=write_recap_docx, stream_vtt=write_stream_vtt,
               kaltura_srt=write_kaltura_srt, temi=write_temi, tldv_md=write_tldv_md,
               merged_xlsx=write_merged_xlsx, sheets_csv=write_sheets_csv)
NEEDS = dict(recap_docx="docx", merged_xlsx="openpyxl")


# ---------------------------------------------------------------------------
# Minimal parsers, one per layout: (speaker, text) per turn, consecutive pieces of
# one speaker merged
# ---------------------------------------------------------------------------
def _merge(pairs):
    out = []
    for spk, text in pairs:
        text = norm(text)
        if out and out[-1][0] == spk:
            out[-1] = (spk, norm(out[-1][1] + " " + text))
        else:
            out.append((spk, text))
    return [(s, t) for s, t in out if t]


def parse_scribie(data: bytes):
    text = data.decode("utf-8")
    assert not text.startswith("\ufeff") and "\n" not in text.replace("\r\n", "")
    pairs = []
    for para in text.strip("\r\n").split("\r\n\r\n"):
        m = re.fullmatch(r"\d:\d\d:\d\d\.\d (S\d): (.+)", para)
        assert m, para
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_recap_docx(data: bytes):
    import docx
    paras = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    start = paras.index("Transcript") + 1
    body = paras[start:]
    assert len(body) % 2 == 0
    pairs = []
    for head, text in zip(body[::2], body[1::2]):
        m = re.fullmatch(r"(.+?)  (\d+:\d\d(?::\d\d)?)", head)
        assert m, head
        pairs.append((m.group(1), text))
    return _merge(pairs)


def parse_stream_vtt(data: bytes):
    blocks = data.decode("utf-8").split("\n\n")
    assert blocks[0] == "WEBVTT"
    pairs = []
    for blk in blocks[1:]:
        if not blk.strip():
            continue
        lines = blk.strip("\n").split("\n")
        assert "-->" in lines[1], blk
        cue = "\n".join(lines[2:])
        m = re.fullmatch(r"<v ([^>]+)>(.*)</v>", cue, re.S)
        if m:
            pairs.append((m.group(1), m.group(2)))
        else:
            pairs.append((pairs[-1][0], cue))     # no voice tag: same speaker continues
    return _merge(pairs)


def parse_kaltura_srt(data: bytes, labels):
    text = data.decode("utf-8")
    pairs = []
    for blk in text.strip("\r\n").split("\r\n\r\n"):
        lines = blk.split("\r\n")
        assert lines[0].isdigit() and "-->" in lines[1], blk
        assert all(len(x) <= 42 for x in lines[2:]) and len(lines) <= 4, blk
        cue = " ".join(lines[2:])
        m = re.match(r"([A-Z][a-z]+): (.*)", cue)
        if m and m.group(1) in labels:
            pairs.append((m.group(1), m.group(2)))
        else:
            pairs[-1] = (pairs[-1][0], pairs[-1][1] + " " + cue)
    return _merge([(s, t) for s, t in pairs])


def parse_temi(data: bytes):
    pairs = []
    for blk in data.decode("utf-8").strip("\n").split("\n\n"):
        head, body = blk.split("\n", 1)
        m = re.fullmatch(r"(Speaker \d+) \((\d\d:\d\d(?::\d\d)?)\):", head)
        assert m, head
        pairs.append((m.group(1), body))
    return _merge(pairs)


def parse_tldv_md(data: bytes):
    lines = data.decode("utf-8").split("\n")
    start = lines.index("### Transcript") + 1
    pairs = []
    for line in lines[start:]:
        m = re.fullmatch(r"\*\*(.+?)\*\* \((\d\d:\d\d:\d\d)\)", line)
        if m:
            pairs.append([m.group(1), ""])
        elif line.strip():
            pairs[-1][1] += " " + line
    return _merge([tuple(p) for p in pairs])


def parse_merged_xlsx(data: bytes):
    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    assert [c.value for c in ws[4]] == ["Speaker", "Text", "Time", "Notes"]
    merged = {}
    for rng in ws.merged_cells.ranges:
        for r in range(rng.min_row, rng.max_row + 1):
            merged[r] = ws.cell(row=rng.min_row, column=1).value
    pairs, turn_starts = [], 0
    for r in range(5, ws.max_row + 1):
        spk = ws.cell(row=r, column=1).value or merged.get(r)
        if ws.cell(row=r, column=1).value:
            turn_starts += 1
            pairs.append([spk, ""])
        pairs[-1][1] += " " + (ws.cell(row=r, column=2).value or "")
    return [(s, norm(t)) for s, t in pairs]


def parse_sheets_csv(data: bytes):
    text = data.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["Timestamp", "Speaker", "Text", "Note"]
    return _merge([(r[1], r[2]) for r in rows[1:] if r[1]])


PARSERS = dict(scribie=parse_scribie, recap_docx=parse_recap_docx, stream_vtt=parse_stream_vtt,
               temi=parse_temi, tldv_md=parse_tldv_md, merged_xlsx=parse_merged_xlsx,
               sheets_csv=parse_sheets_csv,
               kaltura_srt=lambda d: parse_kaltura_srt(d, {NAD, MAR}))


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


# ---------------------------------------------------------------------------
# Session settings
# ---------------------------------------------------------------------------
RECAP_NOTES = [
    ("Letters and accounts after a death", [
        "Raymond Pike received a parking permit renewal letter in October addressed to his late wife, although he had used Tell Us Once at the register office; he was on hold for 35 minutes and was asked to email a copy of the death certificate.",
        "Sunita Mistry is still receiving council tax bills in her late mother's name; a phone call set the account to exempt until probate.",
    ]),
    ("Public health funeral and the council flat", [
        "Jordan Reeve described the council arranging a public health funeral for his father, a 9 o'clock slot with no music, and a housing officer who cleared the flat and kept photos for him; rent arrears letters are now addressed to him.",
    ]),
    ("Weekend burial and registration", [
        "Amir Khan described a Friday night death at home, the out of hours registrar on the Saturday (number found through the imam, not the website) and a weekend surcharge of nearly 600 pounds at Ashgrove Cemetery.",
    ]),
    ("Crematorium and memorials", [
        "Beverley Walsh ordered a memorial bench (2000 pounds for 10 years) in January that is not yet installed; items left where the ashes were scattered were removed without notice.",
    ]),
    ("Suggestions", [
        "Stop letters in the name of the deceased; put the out of hours registrar number on the website; give out the memorial rules at the funeral; a named contact at the council; tell families they can ask for music at a public health funeral.",
    ]),
]
RECAP_TASKS = [
    "Esther Lomax will check the time limit for Tell Us Once and send the details to Amir Khan.",
    "Esther Lomax will ask housing to contact Jordan Reeve about the rent arrears letters.",
    "Marcus Hale will circulate the recap to participants.",
]

SESSIONS = [
    dict(file="focus-group-1.txt", fmt="scribie", seed=7101, start=1.6, rate=2.5,
         pause=(0.6, 2.4), items=interleave(FG1, S1, ["Mm.", "Yes.", "Go on.", "Mm-hm."])),
    dict(file="focus-group-2.docx", fmt="recap_docx", seed=7102, start=3.0, rate=2.6,
         pause=(0.8, 2.6), items=interleave(FG2, EL, ["Mm-hmm.", "Okay.", "Yeah.", "Right."]),
         title="Bereavement services \u2013 focus group 2 (Teams) \u2013 recap and transcript",
         made="Copied from the Teams recap (Notes and Transcript tabs) by Marcus Hale on 24 October 2025. The notes are Copilot's and have not been edited; the transcript is as Teams produced it.",
         recap_notes=RECAP_NOTES, tasks=RECAP_TASKS, split_words=50, author="Marcus Hale",
         epoch=_dt.datetime(2025, 10, 24, 9, 12, 0)),
    dict(file="interview-1.vtt", fmt="stream_vtt", seed=7103, start=4.2, rate=2.6,
         pause=(0.6, 2.2), items=interleave(INT1, EL, ["Mm-hmm.", "Right.", "Yeah."]),
         first_id=7, cue_words=14,
         unnamed=("In practice, for deaths in the community", "I hear that a lot.")),
    dict(file="interview-2.srt", fmt="kaltura_srt", seed=7104, start=2.5, rate=2.3,
         pause=(0.8, 2.6), items=interleave(INT2, NAD, ["Mm.", "I see.", "Okay."]),
         cue_words=12),
    dict(file="interview-3.txt", fmt="temi", seed=7105, start=0.8, rate=2.2,
         pause=(1.0, 3.2), items=interleave(INT3, SP2, ["Mm.", "Yeah.", "Mm-hmm."])),
    dict(file="interview-4.md", fmt="tldv_md", seed=7106, start=6.0, rate=2.7,
         pause=(0.5, 2.0), items=interleave(INT4, ELT, ["Right.", "Mm-hmm.", "Okay."]),
         title="Bereavement services research \u2013 Colin Ashby", date="2025-10-27",
         split_words=60),
    dict(file="interview-5.xlsx", fmt="merged_xlsx", seed=7107, start=5.0, rate=2.3,
         pause=(0.8, 2.8), items=interleave(INT5, NC, ["Mm.", "Right.", "Go on."]),
         sheet="Interview 5", title="Interview 5 \u2013 Kerry (tenancy succession)",
         subtitle="Tuesday 28 October 2025, at Kerry's flat, Elm Street. Typed from the recording by Nadia Coles (University of Ashgrove). Times are where each turn starts.",
         notes_by_prefix={"Like I was being evicted": "tearful, paused recording 1 min",
                          "I've had 9 months": "laughs"},
         about=[("Study", "Bereavement services (Ashgrove Borough Council and University of Ashgrove)"),
                ("Interview", "5 of 6"), ("Interviewer", "Nadia Coles"),
                ("Participant", "Kerry, 52, partner (not married) of a council tenant"),
                ("Recording", "INT05_281025.m4a, 44 minutes"),
                ("Consent", "Written consent form signed, copy in the project folder")],
         author="Nadia Coles", epoch=_dt.datetime(2025, 10, 30, 14, 5, 0)),
    dict(file="interview-6.csv", fmt="sheets_csv", seed=7108, start=3.0, rate=2.4,
         pause=(0.7, 2.4), items=interleave(INT6, ELI, ["Mm.", "Right.", "Yes."]),
         notes_by_prefix={"The money stopped.": "angry here",
                          "The social worker closed the case.": "long pause before the second part"},
         note_rows_by_prefix={"Mum's badge.": "(line dropped, rang Delroy back)"}),
]


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS}
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"}
    themes = [c[0] for c in CODEBOOK]
    used: set[str] = set()
    participant_labels: dict[str, str] = {}
    rows, problems = [], []
    for s in SESSIONS:
        turns = s["items"]
        for key in ("notes", "note_rows"):
            prefixes = s.get(f"{key}_by_prefix", {})
            s[key] = {i: v for i, t in enumerate(turns) for pre, v in prefixes.items()
                      if t["text"].startswith(pre)}
            assert len(s[key]) == len(prefixes), (s["file"], key)
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            used.add(spk)
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"] or s["fmt"] == "sheets_csv", t["text"][:40]
            assert "\t" not in t["text"] and " | " not in t["text"], t["text"][:40]
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
            # every gold text must be in the file's text (whitespace-normalised)
            if s["fmt"] not in NEEDS:
                flat = norm(data.decode("utf-8"))
                for t in turns:
                    if not t["mod"] and s["fmt"] not in ("stream_vtt", "kaltura_srt", "scribie", "tldv_md"):
                        if norm(t["text"]) not in flat:
                            problems.append(f"{s['file']}: text not found: {t['text'][:40]}")
        for i, t in enumerate(turns):
            if t["mod"]:
                continue
            rows.append([s["file"], i, t["speaker"], t["theme"], t["stage"],
                         t["sentiment"], t["kind"], norm(t["text"])])
    unused = known - used
    if unused:
        problems.append(f"participants.csv labels not used: {sorted(unused)}")

    with open(HERE / "gold.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "turn", "speaker", "theme", "journey_stage",
                    "sentiment", "kind", "text"])
        w.writerows(rows)

    with open(HERE / "codebook.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
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
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["speaker", "segment", "relationship", "age_group", "situation"])
        for prow in PARTICIPANTS:
            assert not any(";" in x or '"' in x for x in prow), prow
        w.writerows(PARTICIPANTS)

    print(f"{len(SESSIONS)} sessions, {sum(len(s['items']) for s in SESSIONS)} turns, "
          f"{len(rows)} participant turns")
    for s in SESSIONS:
        ts = s["items"]
        n_p = sum(1 for t in ts if not t["mod"])
        words = sum(len(norm(t["text"]).split()) for t in ts if not t["mod"])
        print(f"  {s['file']}: {len(ts)} turns ({n_p} participant, {words} words), "
              f"ends {ts_hms(timings(s)[-1][1])}")
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
