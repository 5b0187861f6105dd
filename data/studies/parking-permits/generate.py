#!/usr/bin/env python3
"""Generate the fictional study of resident and visitor parking permits in the
London Borough of Hollowmere: transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the structured session lists in this file.

Python 3.11, standard library, plus python-docx for the one .docx file. Run it
with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Without python-docx the .docx file is left as it is (the gold rows do not depend
on it) and a note is printed.

Each session is ONE list of turns. A moderator turn is M(speaker, text); a
participant turn is P(speaker, text, theme, stage, sentiment, kind); B() is a
participant backchannel, reaction, small talk or thanks (no theme, no stage);
N(text) is a transcriber's note on ELAN's "Notes" tier (not a turn, written only
by the ELAN writer). Transcript files and gold rows are written from the same
list, so turn indices cannot drift. How a turn is cut into pieces (Tactiq
caption lines, ELAN annotations, Teams cues, Jitsi speech results, Amazon
Transcribe speaker segments, PDF lines) is decided by the writer for its format;
the gold keeps one row per turn. After writing, every file is parsed back with
a minimal parser for its format and compared with the list (turn index, speaker,
text), and every codebook example must be an exact excerpt of a participant
turn coded with that theme and of no turn coded otherwise.

Output is byte-identical from run to run: timings are seeded, the .docx is
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


def N(text):
    """A transcriber's note (ELAN 'Notes' tier): not a turn."""
    return dict(note=True, text=text)


# ---------------------------------------------------------------------------
# Theme ids (the codebook itself, with its descriptions and examples, is below
# the sessions; examples are exact excerpts of participant turns of that theme)
# ---------------------------------------------------------------------------
IZ = "info_zones"
AE = "apply_evidence"
CH = "charges"
WC = "waiting_contact"
DZ = "zone_decision"
SE = "spaces_enforcement"
VA = "virtual_app"
VC = "visitors_carers"
PC = "pcn_appeals"
RC = "renewal_changes"
OA = "offline_access"
BT = "business_trade"

# ---------------------------------------------------------------------------
# Speaker labels, exactly as each file writes them (see README)
# ---------------------------------------------------------------------------
HWM, SAM = "Hannah Whitcombe", "Sam Adeyemi"                # Google Meet display names (Tactiq)
AR, TG, NO, DM, LP = ("Aisha Rahman", "Tom Gallagher", "Niamh O'Connell", "Dev M",
                      "Lorraine Pike")
FAC, HNT = "Facilitator", "Hannah"                            # ELAN tier names
CA, WI, KA, GA, FA = "Carol", "Winston", "Kasia", "Gary", "Fatima"
HWT, KO = "Whitcombe, Hannah", "Osei, Kwame"                  # Teams display names
HWJ, OB = "Hannah W", "Ollie Brennan"                         # Jitsi display names
S0, S1 = "spk_0", "spk_1"                                     # Amazon Transcribe
INTV, RESP = "Interviewer", "Respondent"                      # transcription agency
HWI, GM = "HW", "GM"                                          # typed by the researcher
SAT, LC = "Adeyemi, Sam", "Leon Carter"                       # Teams display names

PARTICIPANTS = [
    # speaker, segment, area, household, situation
    (HWM, "moderator", "", "", ""),
    (SAM, "moderator", "", "", ""),
    (FAC, "moderator", "", "", ""),
    (HNT, "moderator", "", "", ""),
    (HWT, "moderator", "", "", ""),
    (HWJ, "moderator", "", "", ""),
    (S0, "moderator", "", "", ""),
    (INTV, "moderator", "", "", ""),
    (HWI, "moderator", "", "", ""),
    (SAT, "moderator", "", "", ""),
    (AR, "resident", "Ashgrove", "one car",
     "moved from Manchester in August 2025, logbook at the old address, on temporary permits since"),
    (TG, "resident", "Mill Green", "two cars",
     "second permit for his partner's old diesel van, £430 at the March renewal"),
    (NO, "resident", "Mill Green", "one car",
     "even side of Copperfield Street, a boundary street between Zone A and Zone MG"),
    (DM, "resident", "Larkhill", "one car",
     "hospital shift worker, three PCNs in 2025, one won at London Tribunals"),
    (LP, "resident", "Brindley Park", "no car",
     "does not drive any more, visitor permits for family and her chiropodist, set up by her son"),
    (CA, "carer", "Brindley Park", "lives outside the borough",
     "visits her father (90) every day on his visitor permits, four PCNs"),
    (WI, "resident", "Brindley Park", "one car",
     "retired, 52 years on Ribble Street, no internet, old paper visitor vouchers"),
    (KA, "tradesperson", "Ashgrove", "one van",
     "self-employed painter and decorator, trade permits by the day and zone"),
    (GA, "business owner", "Mill Green", "one car",
     "runs a cafe on Mill Green Parade and lives above it, business and resident permits"),
    (FA, "resident", "Larkhill", "one car",
     "three children, relatives visit most weekends, one PCN on a visitor's car"),
    (KO, "council officer", "borough-wide", "",
     "team leader, permits team, parking services"),
    (OB, "resident", "Mill Green", "one electric car",
     "second-hand electric car since 2024, no driveway, lamp-post and bay charging"),
    (S1, "business owner", "Ashgrove", "one car",
     "owner of a hair salon on Ashgrove High Street for eleven years, lives outside the borough"),
    (RESP, "resident", "Ashgrove", "one car",
     "81, no computer, permit lapsed when renewals went online, daughter helps from Canada"),
    (GM, "carer", "Brindley Park and Ashgrove", "one car",
     "self-employed home carer with seven clients, parks on her clients' visitor permits"),
    (LC, "resident", "Ashgrove", "one car",
     "car removed from a suspended bay in June 2025, appeal allowed at London Tribunals"),
]

# ---------------------------------------------------------------------------
# Session 1: focus-group-1.txt (Google Meet with the Tactiq extension; the
# transcript Google Doc downloaded as plain text). Online, Tuesday evening,
# 2025-11-04. Guide chronological. Meet captions: digits, no fillers, no notes.
# ---------------------------------------------------------------------------
FG1 = [
    M(HWM, "Right, I think that's the transcript running, you might see a little Tactiq box pop up. Hi everyone, thanks so much for joining on a Tuesday evening. I'm Hannah, I work in the customer insight team at Hollowmere Council, and Sam's here too, he's taking notes. Tonight is about parking permits, residents' permits and visitor permits, and we want to hear it from your side. Is everyone okay with us recording and transcribing?"),
    B(AR, "Yes, that's fine."),
    B(TG, "Yep, no problem."),
    B(LP, "Yes dear, that's fine. Can you hear me all right? My grandson set this up for me."),
    M(HWM, "We can hear you perfectly, Lorraine. Let's do quick introductions. Your first name, roughly where you live, and what your parking situation is. Aisha, do you want to start?"),
    P(AR, "Hi, I'm Aisha. I moved to Ashgrove in August from Manchester, so I'm very new. I've got one car, a little Polo, and I'd never needed a parking permit in my life before I moved here.", IZ, N_, 0, "neutral"),
    M(HWM, "Welcome to London. Tom?"),
    P(TG, "Hiya, I'm Tom, Mill Green, been here about 9 years. There's two of us and two vehicles, my car and my partner's van, which is an old diesel, so you can probably guess where this is going.", CH, N_, 0, "neutral"),
    M(HWM, "I think I can. Niamh?"),
    P(NO, "Hi, I'm Niamh, I live on Copperfield Street, which is right on the edge between two zones, and honestly that's my whole story. One car.", DZ, N_, 0, "neutral"),
    M(HWM, "Dev?"),
    P(DM, "Hi, Dev, Larkhill Road. One car, I work shifts at the hospital, and I've had 3 parking tickets this year, 2 of them while I had a valid permit.", PC, N_, -1, "pain"),
    M(HWM, "Ouch. And Lorraine."),
    P(LP, "I'm Lorraine, I've been in Brindley Park for 41 years. I don't drive any more, I gave it up after my hip, but I need the visitor permits for my family and for the lady who does my feet.", VC, N_, 0, "neutral"),
    M(HWM, "Lovely, thank you. So let's start at the beginning. Think back to when you first needed a permit, or needed a new one. How did you find out what you had to do? Aisha, you're the most recent."),
    P(AR, "Honestly, I found out because I got a ticket. The first week. I'd parked outside my own flat and there was a yellow envelope on the windscreen. Nobody tells you when you move in, there's no letter, nothing.", IZ, FI, -1, "pain"),
    B(TG, "Welcome to the club."),
    M(HWM, "And where did you look once you knew?"),
    P(AR, "The council website. There's a zone map, which is a PDF, and I zoomed in on my phone and I still couldn't tell which side of the line my street was. In the end I asked in the Ashgrove Neighbours Facebook group and someone told me in about 5 minutes.", IZ, FI, 0, "pain"),
    P(NO, "The Facebook group is better than the website, genuinely. Half of it is people asking about parking.", IZ, FI, 0, "pain"),
    M(HWM, "Niamh, tell us about being on the edge of the zone."),
    P(NO, "So Copperfield Street is split. The odd numbers are in Zone A and the even numbers are in Zone MG, Mill Green. I'm at 58, so I'm Mill Green, but there's never a space on the Mill Green side because it's next to the station, and the Zone A bays are right outside my window, empty half the time. And I'm not allowed to park in them.", DZ, US, -1, "pain"),
    B(TG, "That's mad."),
    P(NO, "It is mad. I asked if I could be moved into Zone A and they said the zones are set by the traffic order and they can't make an exception for one address.", DZ, DE, -1, "pain"),
    M(HWM, "Who did you ask?"),
    P(NO, "I emailed parking services. They were polite, to be fair, and they answered within a week. It was just a no.", WC, DE, 0, "neutral"),
    M(HWM, "Tom, what's it been like for you?"),
    P(TG, "Well, it's not finding out that's the problem for me, it's the price. We renewed in March and my car is, I think, 80 something pounds, which is fine. The van is an old diesel so it's in the top band, plus the diesel surcharge, plus it's the second permit at the same address, so it goes up again. It came to £430.", CH, FU, -1, "pain"),
    B(LP, "Four hundred pounds! For a van!"),
    P(TG, "For a van that sits there most of the week. I get that it's about pollution, I do, I'm not against it. But the van is her work, she's a gardener, and we can't just go out and buy an electric van.", CH, FU, -1, "pain"),
    M(HWM, "Did anyone explain how the charge was worked out?"),
    P(TG, "There's a table on the website with the CO2 bands. Once you find the logbook and the CO2 figure it's quite clear actually. It's just the number at the bottom.", CH, AP, 0, "praise"),
    P(DM, "Mine didn't have a CO2 figure on the logbook because it's older, so it went on engine size instead, which nobody tells you either.", CH, AP, -1, "pain"),
    M(HWM, "Let's talk about the application itself. Aisha, you did yours most recently."),
    P(AR, "So you need an account on the council website first, which took a while because the verification email went into my junk. Then it asks for proof of address, and the V5C, the logbook. And my logbook still had my Manchester address on it, because I'd only just moved.", AE, AP, -1, "pain"),
    M(HWM, "What happened with that?"),
    P(AR, "It got rejected. Well, not rejected, it went to further evidence required. I had to send off to the DVLA to change the address on the logbook, which takes weeks, and in the meantime I had no permit.", AE, PR, -1, "pain"),
    P(NO, "Did they not give you a temporary one?", WC, PR, 0, "question"),
    P(AR, "Eventually. I rang and the man said I could have a temporary permit for a month if I uploaded the letter from the DVLA. But I had to ring to find that out, it wasn't anywhere on the screen.", WC, PR, -1, "pain"),
    M(HWM, "What did you use as proof of address?"),
    P(AR, "My tenancy agreement. Which is 30 pages. I uploaded the whole thing because it didn't say which page they wanted.", AE, AP, 0, "pain"),
    B(TG, "Ha, that's exactly what I did in 2016."),
    P(DM, "Mine wanted a utility bill and I haven't had a paper bill in 10 years. I uploaded a screenshot of my energy account and they accepted it, so fair enough.", AE, AP, 1, "praise"),
    P(TG, "The form itself is fine if you've got everything in front of you. It's finding everything that takes the time.", AE, AP, 0, "neutral"),
    P(LP, "My son does all of that for me. I wouldn't know where to start with uploading.", OA, AP, 0, "neutral"),
    M(HWM, "Lorraine, how do you get your visitor permits?"),
    P(LP, "It used to be the scratch cards, you'd buy a book of them at the library and scratch off the day and the month. I liked those. Now it's all on the computer, you put the car's number in and it starts the clock. My son set it up on his phone, so when my daughter visits she rings him and he puts it on.", VC, US, 0, "neutral"),
    M(HWM, "And if he's not available?"),
    P(LP, "Then she gets a ticket, doesn't she. That happened in June. He was on holiday in Spain, on the beach, and she'd been here 2 hours before either of them remembered.", OA, US, -1, "pain"),
    P(DM, "That's the thing, the visitor system assumes everyone's got a smartphone and is on it all day.", OA, US, -1, "pain"),
    M(HWM, "When your permits were approved, how did you find out, and was it what you expected?"),
    P(TG, "An email saying your permit has been issued, with the zone and the dates on. Nothing comes in the post any more, and that's fine by me.", DZ, DE, 1, "praise"),
    P(AR, "Mine are only the temporary ones so far. Each one comes as a PDF that says temporary permit and an end date. I've got three of them in my downloads.", DZ, DE, 0, "neutral"),
    P(NO, "Mine said Zone MG on the email, and I rang to say I think that's wrong, I'm opposite Zone A. And the man said no, it's right, it goes by which side of the road your front door is on.", DZ, DE, -1, "pain"),
    P(DM, "When I got my first one it came through in 2 days. Honestly, I was impressed.", DZ, DE, 1, "praise"),
    P(LP, "My son got an email for me with my visitor hours on it, 120 hours, and he laughed and said that won't last you long, Mum.", VC, DE, 0, "neutral"),
    M(HWM, "Dev, you mentioned tickets while you had a valid permit. Can you tell us about that?"),
    P(DM, "Yeah. So I changed my car in April. Same permit, new car, you update the registration online. I did it on the Sunday and it said change submitted. Monday morning, ticket. Because the change hadn't gone through to the handheld things the wardens carry.", RC, FU, -1, "pain"),
    B(AR, "Oh no."),
    P(DM, "And the second one was in August. The permit had renewed, I'd paid, it was in my account, but it showed as expired on their system for 3 days.", RC, FU, -1, "pain"),
    M(HWM, "What did you do about the tickets?"),
    P(DM, "Challenged both. The first one online, you fill in a box and upload your evidence. I put a screenshot of the change submitted screen. They cancelled that one in about 2 weeks, fair enough.", PC, FU, 1, "praise"),
    P(NO, "And the second one?", PC, FU, 0, "question"),
    P(DM, "They rejected it. The letter said the permit was not valid at the time of the contravention. Which, yeah, that's the point, it should have been.", PC, FU, -1, "pain"),
    M(HWM, "Did you take it further?"),
    P(DM, "I did the formal representations and that got rejected too, and then I appealed to the tribunal, London Tribunals. Which was actually the best bit of the whole thing. It was a phone hearing, the adjudicator was a normal person, she listened for 10 minutes and allowed it. The council didn't even send anyone.", PC, FU, 1, "praise"),
    B(TG, "Good for you."),
    P(NO, "How long did all that take?", PC, FU, 0, "question"),
    P(DM, "August to the end of October. And the whole time there's a letter every few weeks saying the charge has gone up.", PC, FU, -1, "pain"),
    P(LP, "I'd have just paid it, to be honest. I wouldn't have the energy.", PC, FU, -1, "neutral"),
    P(DM, "That's what they count on, isn't it.", PC, FU, -1, "pain"),
    M(HWM, "Let's talk about using the permit day to day. Finding a space, the wardens, the virtual permits. Who wants to go first?"),
    P(TG, "Finding a space after 6 is a nightmare on our road. The restrictions finish at half six, so after that anyone can park, and people from the estate round the corner come and park on ours because theirs is worse. By 7 there's nothing.", SE, US, -1, "pain"),
    P(NO, "Same. I've driven round for 20 minutes before now. With the shopping.", SE, US, -1, "pain"),
    P(AR, "Can I ask something? Is it true that having a permit doesn't actually mean you get a space?", SE, US, 0, "question"),
    P(TG, "Oh, completely true. It's a permit to look for a space.", SE, US, -1, "pain"),
    B(AR, "Brilliant."),
    M(HWM, "What about the wardens, the civil enforcement officers?"),
    P(NO, "They're fine as people. There's one on our road, he's lovely, he'll tell you if your tax is about to run out. But they're out there at 8 in the morning like clockwork.", SE, US, 0, "praise"),
    P(DM, "It's not the officers, it's the system behind them. The officer just sees what the handheld says, and if the handheld's a day behind, you get a ticket.", VA, US, -1, "pain"),
    M(HWM, "So with virtual permits there's nothing in the windscreen at all now. How do people find that?"),
    P(TG, "I was sceptical but I don't miss the paper. No more sticking it in the window and watching it fade in the sun. You just know the car's on the system.", VA, US, 1, "praise"),
    P(AR, "I hate it. I never know if it's actually working. With a paper one you can see it. With this I just have to trust a database.", VA, US, -1, "pain"),
    P(DM, "And trust that somebody's updated the database.", VA, US, -1, "pain"),
    P(LP, "What's a virtual permit?", VA, US, 0, "question"),
    M(HWM, "It just means the permit is linked to the car's number plate on the council's system, so nothing needs to go in the window, Lorraine."),
    P(LP, "Oh, I see. Well, I think I'd still want a bit of paper.", VA, US, 0, "neutral"),
    M(HWM, "Has anyone else used the app for visitor permits?"),
    P(NO, "I have, for my boyfriend. It's fine once it's set up. You put his reg in, choose how many hours, done. The annoying thing is it charges by the hour and he never knows when he's leaving, so I either overpay or I'm setting alarms.", VC, US, 0, "pain"),
    P(TG, "There's a minimum as well, isn't there, 2 hours or something.", VC, US, 0, "neutral"),
    P(NO, "1 hour minimum, I think. And you can't end it early and get the money back.", VC, US, -1, "pain"),
    M(HWM, "Let's talk about renewals and changes. Anyone renewed recently?"),
    P(TG, "We got an email a month before, which was good. Click the link, check the details, pay. 10 minutes. That bit I genuinely can't fault.", RC, FU, 1, "praise"),
    P(AR, "I haven't got that far. I'm still on my temporary one.", WC, PR, -1, "neutral"),
    M(HWM, "Still? Since August?"),
    P(AR, "Well, it's my third temporary one. The DVLA sent the new logbook, I uploaded it in October, and it's still under review.", WC, PR, -1, "pain"),
    B(DM, "Classic."),
    P(LP, "Have you tried ringing them, love? They're ever so nice on the phone, the girls there.", WC, PR, 1, "praise"),
    P(AR, "I've tried. I was 40 minutes in the queue and then it cut off.", WC, PR, -1, "pain"),
    P(LP, "Oh dear. Mornings are better, I find.", WC, PR, 0, "neutral"),
    M(SAM, "Can I just ask one from me? When something goes wrong, a ticket or a problem with the permit, would you rather hear from us by phone, email or letter?"),
    P(DM, "Email. With a reference number and a real person's name on it.", WC, FU, 0, "suggestion"),
    P(LP, "A letter. And a phone number that a person answers.", OA, FU, 0, "suggestion"),
    P(TG, "Text message, honestly. I'll never read the email.", WC, FU, 0, "suggestion"),
    M(HWM, "Last question. If you could change one thing about parking permits in Hollowmere, what would it be? Niamh?"),
    P(NO, "Let the boundary streets choose either zone. Or both. It's one street.", DZ, DE, 0, "suggestion"),
    P(DM, "Make the changes instant. If I've changed my car and paid, the warden should know within the hour, not 3 days later.", RC, FU, 0, "suggestion"),
    P(AR, "Tell new people. A letter when you register for council tax saying, by the way, you're in a controlled zone, here's how to get a permit.", IZ, FI, 0, "suggestion"),
    P(TG, "A discount on the second permit when it's a work vehicle. Or at least let you pay monthly, so it's not £430 in one go.", CH, FU, 0, "suggestion"),
    P(LP, "Bring back the scratch cards. For people like me. Not instead of the app, as well as.", OA, US, 0, "suggestion"),
    M(HWM, "Thank you all so much, this has been really helpful. Sam will email you about the vouchers. Have a lovely evening."),
    B(LP, "Thank you, dear. That was nice, I don't get out much these days, even if it's only on the computer.", 1, "praise"),
    B(DM, "Cheers, bye."),
    B(TG, "Thanks, night all."),
]

# ---------------------------------------------------------------------------
# Session 2: focus-group-2.txt (in person at Brindley Park Community Centre,
# recorded on a dictaphone, transcribed by a research assistant in ELAN with
# one tier per speaker and a "Notes" tier, exported as tab-delimited text with a
# column per tier). Tuesday morning, 2025-11-11. The guide starts with "when did
# parking last cause you a problem?" and jumps (use, need, use, find_info,
# use, decision, follow_up, use, apply, follow_up, suggestions). Typed by a
# person: straight quotes, pound signs, a few notes; overlap=s starts a turn
# that many seconds before the previous one ends (cross-talk).
# ---------------------------------------------------------------------------
FG2 = [
    M(FAC, "Okay, it's recording. Thank you all for coming out on a wet Tuesday. I'm Sam, I work for the council in the customer insight team, and Hannah's here taking notes. We're talking about parking permits and visitor permits. Before we do names I want to start with a question. When was the last time parking caused you a problem? Anyone."),
    P(CA, "Yesterday. I'm not joking. Yesterday.", VC, US, -1, "neutral"),
    M(FAC, "Go on."),
    P(CA, "I go to my dad's every day, he's ninety and he's been on his own since Mum died. I do his lunch and his tablets. I use his visitor permits, and by November he's run out. The allowance is a hundred and twenty hours a year. I'm there two hours a day. You do the maths.", VC, US, -1, "pain"),
    B(GA, "That's about two months.", overlap=1.2),
    P(CA, "Exactly. And then you have to buy extra hours at the higher rate, and he's on a pension.", CH, US, -1, "pain"),
    P(WI, "Mine was last month. My nephew came to fix the boiler and got a ticket. Sixty-five pounds, because he paid within the fortnight. To fix my boiler.", VC, US, -1, "pain"),
    M(FAC, "Did he have a voucher?"),
    P(WI, "No. I've still got the old paper ones, the scratch cards, and they don't sell them any more. I had two left and they were the wrong year.", OA, US, -1, "pain"),
    P(KA, "For me it's every day. I'm a decorator. I park outside customers' houses all over the borough and every street is a different zone with different hours.", BT, US, -1, "pain"),
    M(FAC, "Let's do names now, and I'll come back to all of those. Just your first name and your connection to parking in Hollowmere."),
    P(CA, "Carol. I don't live in Hollowmere any more, I'm in Bexley, but my dad's in Brindley Park, so I'm here every day.", VC, N_, 0, "neutral"),
    P(WI, "Winston. Ribble Street, Brindley Park, fifty-two years. I've got a car but I hardly drive it now. And I haven't got the internet, before anybody asks.", OA, N_, 0, "neutral"),
    P(GA, "Gary. I run the cafe on Mill Green Parade, the Copper Kettle, and I live upstairs. So I've got a resident permit and a business permit.", BT, N_, 0, "neutral"),
    P(KA, "Kasia. I live in Ashgrove, I'm a painter and decorator, self-employed, so I've got the van.", BT, N_, 0, "neutral"),
    P(FA, "Fatima, Larkhill Road. Three kids, one car, and my husband's family come down from Birmingham most weekends.", VC, N_, 0, "neutral"),
    B(WI, "Every weekend?"),
    P(FA, "Most. You'd think I'd get a discount by now.", VC, US, -1, "pain"),
    N("[laughter]"),
    M(FAC, "Let's stay with visitors for a minute, since three of you have brought it up. Fatima, how do you do it for your in-laws?"),
    P(FA, "The app. Friday night I put my brother-in-law's car on for the weekend. Except the app only lets you do one day at a time, so on Saturday morning I have to remember to do it again. And Sunday.", VC, US, -1, "pain"),
    M(FAC, "And if you forget?"),
    P(FA, "I forgot once. £160. Well, £80 if you pay quick.", PC, US, -1, "pain"),
    P(CA, "It's the remembering. When you're looking after someone you've got fifty things in your head.", VC, US, -1, "pain"),
    M(FAC, "Carol, is there a permit for carers?"),
    P(CA, "There's one for professional carers, the agencies get them. I asked and they said family carers don't qualify, you use the visitor allowance like anyone else. Which I think is wrong. I'm doing the job the agency would be doing.", VC, FI, -1, "pain"),
    B(GA, "You're saving them a fortune, Carol."),
    B(CA, "Well, exactly."),
    M(FAC, "Winston, you said you've still got paper vouchers. How do you get visitor permits now?"),
    P(WI, "I don't, really. The lady at the library said they'd stopped the cards and I'd have to do it online or ring a number. So I rang the number. It's a machine. Press one, press two, then it wants the car registration, and I have to find my glasses while my nephew's shouting it down the phone.", OA, US, -1, "pain"),
    N("[laughter]"),
    P(KA, "The machine doesn't understand my accent either.", OA, US, -1, "pain"),
    B(WI, "There you are, then."),
    M(FAC, "Is there anyone at the council you can talk to in person?"),
    P(WI, "There used to be the office at the town hall, the parking shop. That's closed. Now it's the library on a Thursday morning, a young man with a laptop. He's very good, mind. He did my residents' permit for me in ten minutes.", OA, AP, 0, "praise"),
    P(CA, "Thursday mornings only, though.", OA, AP, -1, "pain"),
    M(FAC, "Let's go back to the start for a bit. When you each first got a permit, how did you find out what you needed?"),
    P(KA, "For the van I asked another decorator. Nobody looks at the website for that, it's word of mouth. He told me about the trade permit, that you buy it by the day.", BT, FI, 0, "neutral"),
    P(GA, "For the cafe I found out from the landlord, about the business permit. And the business rates people. Nobody from parking ever told me anything.", BT, FI, -1, "pain"),
    P(FA, "I looked at the zone map on the website. You need a magnifying glass.", IZ, FI, -1, "pain"),
    P(WI, "I've had a permit since they brought the zones in. Nineteen ninety-something. They sent everyone a letter then.", IZ, FI, 0, "neutral"),
    B(GA, "Those were the days."),
    M(FAC, "Kasia, tell me about the trade permit."),
    P(KA, "You buy it online for the day, it's £12 a day per zone. But I don't work in one zone. Monday I'm in Ashgrove, Tuesday I'm quoting in Mill Green in the morning and painting in Brindley Park in the afternoon. So that's two permits for one day.", BT, AP, -1, "pain"),
    B(GA, "Twenty-four quid before you've picked up a brush."),
    P(KA, "Exactly. And I can't put it on the customer's bill, they'd just go to someone else.", BT, US, -1, "pain"),
    M(FAC, "And can the van have a residents' permit, where you live?"),
    P(KA, "No, that's the other thing. It's a long wheelbase, and resident permits are only for vehicles under five metres, so I got refused. I park it on the estate behind us and hope for the best.", DZ, DE, -1, "pain"),
    P(GA, "Mine's the other way round. The business permit was approved in a week, and the email tells you which bays you can use. Parade bays only, it says, as if there's any others.", DZ, DE, 0, "neutral"),
    M(FAC, "Gary, what about the business permit in practice?"),
    P(GA, "It lets me park in the business bays behind the parade. There's six bays and there's nine businesses with permits. So it's first come first served, and by half eight they're gone.", BT, US, -1, "pain"),
    M(FAC, "And how much is it?"),
    P(GA, "Nine hundred and something a year. For a space I get maybe two days a week.", CH, US, -1, "pain"),
    B(FA, "Nine hundred!", overlap=0.8),
    P(GA, "And that's before the resident permit for my own car, which is a diesel, so that's the top band as well.", CH, US, -1, "pain"),
    N("[several people talking at once]"),
    M(HNT, "Sorry, Sam, just to say the recorder's in the middle of the table, so if people can speak one at a time that really helps us with the transcript."),
    B(GA, "Sorry, sorry."),
    M(FAC, "Let's talk about enforcement. The wardens, the tickets. Fatima, you had one."),
    P(FA, "I challenged it. I wrote that I'd forgotten to redo the session in the app because my son was ill. They wrote back that forgetting isn't a reason, which, fine. I paid the eighty.", PC, FU, 0, "neutral"),
    P(WI, "My nephew paid his. He said it wasn't worth the stamp.", PC, FU, -1, "neutral"),
    P(CA, "I've had four. Four, at my dad's. I appealed the first one with a letter from his GP saying I'm his carer, and they cancelled it, but the letter said it was on this occasion and at their discretion. So the next times I didn't bother, I just paid.", PC, FU, -1, "pain"),
    B(KA, "Four!", overlap=0.6),
    P(CA, "Four. Three hundred and twenty pounds, to look after my own father.", PC, FU, -1, "pain"),
    M(FAC, "What do you think of the civil enforcement officers themselves?"),
    P(GA, "Most of them are all right. There's one who stands outside the cafe and waits for the clock. The delivery van's four minutes over and he's there.", SE, US, -1, "pain"),
    P(WI, "They're only doing their job.", SE, US, 0, "neutral"),
    B(GA, "Yeah, I know. I know."),
    P(FA, "They could be a bit human, though. My friend was unloading her mum's wheelchair and she got one.", SE, US, -1, "pain"),
    M(FAC, "Has anyone had trouble finding a space in their own zone?"),
    P(KA, "Where I live in Ashgrove, since the new flats went up there's no spaces at all. The flats are car-free, they're not supposed to get permits, but half of them have cars and park on our road after half six when it's free for everyone.", SE, US, -1, "pain"),
    P(FA, "Same on Larkhill Road, it's the school run and then the station people.", SE, US, -1, "pain"),
    M(FAC, "Let's talk about applying and renewing. Winston, you said the young man at the library did your permit."),
    P(WI, "He did. I took the logbook and my council tax bill in a carrier bag and he did it all on his laptop. Then I had to pay by card over the phone, because they don't take cheques now.", OA, AP, 0, "neutral"),
    P(CA, "They don't take cheques?", OA, AP, 0, "question"),
    P(WI, "Not since the pandemic.", OA, AP, -1, "neutral"),
    P(FA, "I did mine online on my phone. Council tax bill, logbook, done in one evening, and it came through in 3 days. I can't complain about that part.", AE, AP, 1, "praise"),
    P(WI, "How does the warden know I've got a permit, if there's nothing in the window any more?", VA, US, 0, "question"),
    P(FA, "It's on their machine, Winston. They put your number plate in and it comes up.", VA, US, 0, "neutral"),
    B(WI, "Well, I'll take your word for it."),
    M(FAC, "Does everyone know when their permit runs out?"),
    P(GA, "I get an email. Mine auto renews now, it took the money in April without asking, which I didn't love, but at least I didn't lose the permit.", RC, FU, 0, "pain"),
    P(WI, "I don't. I get nothing. I only know because I got it the week after my birthday, so it's a year from my birthday.", OA, FU, -1, "pain"),
    P(FA, "They should send a letter to people who haven't got email.", OA, FU, 0, "suggestion"),
    M(FAC, "Last thing. If you could change one thing, what would it be? Kasia, you first."),
    P(KA, "One trade permit for the whole borough, even if it costs a bit more. Say twenty pounds a day and you can park anywhere.", BT, AP, 0, "suggestion"),
    P(CA, "A carer's permit for family carers. Even if I have to show a letter from the GP every year, I'd do that.", VC, AP, 0, "suggestion"),
    P(GA, "More business bays, or let us use the resident bays for an hour in the day.", BT, US, 0, "suggestion"),
    P(FA, "Let you book a visitor for the whole weekend in one go.", VC, US, 0, "suggestion"),
    P(WI, "Somebody at the end of the phone. A person. That's all.", OA, US, 0, "suggestion"),
    M(FAC, "Thank you all. There's tea and biscuits left, and Hannah's got your vouchers."),
    B(WI, "Biscuits, now you're talking."),
    N("[laughter]"),
    B(CA, "Thank you for listening, honestly. Nobody usually asks.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 3: interview-1.tsv (Teams meeting; the Teams .vtt converted with the
# researcher's xscript2nvivo.pl into a TSV for NVivo: Timespan, Speaker,
# Content, one row per Teams cue). Staff: the permits team leader.
# Thursday 2025-11-13. Teams display names "Surname, Firstname".
# ---------------------------------------------------------------------------
INT1 = [
    M(HWT, "Okay, I think the transcription's started. Thanks for making the time, Kwame. Could you start by telling me what you do?"),
    P(KO, "Sure. So I'm the team leader for permits in parking services. There's 6 of us in the permits team. We process resident permits, business permits, visitor permits, trade permits and the health and social care permits, and we take the permit calls that the contact centre can't answer.", WC, PR, 0, "neutral"),
    M(HWT, "How many applications are we talking about?"),
    P(KO, "Around 38,000 resident permits live at any one time. New applications, maybe 400 to 600 a month, more in September when people move. Renewals are mostly automatic now.", WC, PR, 0, "neutral"),
    M(HWT, "Where do people get their information before they apply?"),
    P(KO, "The website, mostly. The zone maps on there are the PDFs from the traffic order, and I know they're hard to read, especially on a phone. The postcode checker is better, it tells you your zone, but it's further down the page and people don't find it.", IZ, FI, -1, "pain"),
    M(HWT, "What's the most common reason an application gets held up?"),
    P(KO, "Evidence, by a mile. The V5C not matching the address is the big one, because people move and don't update the DVLA, and we can't issue on a logbook that says Manchester. Then proof of address that's out of date, or a tenancy agreement that's not signed, or a screenshot of a banking app that doesn't show the name.", AE, PR, -1, "pain"),
    M(HWT, "And what happens then?"),
    P(KO, "It goes to further evidence required and the customer gets an email. Honestly, the email is not great. It says further evidence required and a link, and people don't understand what we want from them. That generates a lot of calls.", WC, PR, -1, "pain"),
    M(HWT, "How long does it take, typically?"),
    P(KO, "If everything's right, 3 to 5 working days. If it goes to further evidence it can be weeks, because it depends on the DVLA. Right now we've got a backlog of about 900 cases, because we lost 2 people over the summer.", WC, PR, -1, "pain"),
    M(HWT, "Where do people struggle with the online form itself?"),
    P(KO, "Creating the account, and the upload. The upload takes files up to 5 megabytes, and a photo from a phone is often bigger, so it fails, and the message just says upload failed. We get a lot of calls about that.", AE, AP, -1, "pain"),
    M(HWT, "What about temporary permits?"),
    P(KO, "We can issue a temporary permit for up to 28 days if someone's shown us they've applied to the DVLA, and we can extend it. But you're right, it's not on the website as clearly as it should be. Most people find out when they ring.", WC, PR, 0, "pain"),
    M(HWT, "And when you refuse an application, what are the usual reasons?"),
    P(KO, "Mostly eligibility. Car free developments, where the planning condition says no permits, vehicles over 5 metres, company cars without a letter from the company. The refusal email is a template and it doesn't explain the planning condition well, so people think we've made a mistake.", DZ, DE, -1, "pain"),
    M(HWT, "One thing we heard in the focus groups is about streets on zone boundaries. Copperfield Street, for example."),
    P(KO, "Yes, Copperfield Street comes up every week. The zones are set in the traffic management order, and changing a boundary means a formal consultation and a new order. It's not something the permits team can do for one address. I do understand why it feels mad when there's empty bays across the road.", DZ, DE, 0, "neutral"),
    M(HWT, "Is that ever reviewed?"),
    P(KO, "There's a zone review every few years. Copperfield Street is on the list for the next one, I believe, but I wouldn't want to promise anything.", DZ, DE, 0, "neutral"),
    M(HWT, "What about the emissions based charges? People told us about the price of a second permit for an older diesel."),
    P(KO, "The charges are set by cabinet as part of the air quality strategy, so it's deliberate that an older diesel as a second vehicle is the most expensive. What I'd say is a lot of people don't realise it's based on the CO2 figure on the logbook, so they get a shock on the payment screen. A calculator on the website before you apply would save a lot of upset.", CH, AP, 0, "suggestion"),
    M(HWT, "Virtual permits. Residents told us about getting tickets just after they'd changed their car."),
    P(KO, "That's a known issue. The permit system and the handheld devices the officers carry sync overnight. So if you change your vehicle on a Sunday, the handhelds might not have it until the Tuesday morning. We tell people to keep the confirmation email and those PCNs get cancelled when they challenge, but they shouldn't have to challenge. There's a project to make it real time next year.", VA, US, -1, "pain"),
    M(HWT, "How do people without the internet get on?"),
    P(KO, "We still take applications by phone, and there's the library surgery on a Thursday morning with one of my team, Jerome. We can post out paper forms, but they're slow, someone has to key them in. We stopped the paper visitor vouchers in April because of fraud, they were being sold on. I know that's hit older residents.", OA, AP, 0, "neutral"),
    M(HWT, "And carers? Family carers in particular."),
    P(KO, "The health and social care permit is for people employed by an agency or the NHS, with a letter from the employer. Family carers aren't covered, they use the visitor allowance, and there's a hardship top up if you ask for it. Hardly anyone knows about the top up. Personally, I'd like to see a family carer permit, but that's a policy decision.", VC, FI, 0, "suggestion"),
    M(HWT, "What about independent carers who aren't with an agency?"),
    P(KO, "They fall in the gap. We've had a few. If they're self-employed they can't get the letter, so they end up on their clients' visitor permits. It's not ideal.", VC, AP, -1, "pain"),
    M(HWT, "And businesses? We heard about 6 business bays and 9 businesses."),
    P(KO, "Business permits aren't a guarantee of a space, same as resident permits. We do issue more permits than bays, because not everyone's there at the same time. On the parades where it's really tight, yes, it's first come first served, and I understand that's frustrating when you've paid 900 pounds.", BT, US, 0, "neutral"),
    M(HWT, "What about challenges to PCNs? Do you see those?"),
    P(KO, "That's the notice processing team, they sit next to us. But a lot of the challenges are really permit problems, so they come to us to check. If the permit was paid and valid we say so and it gets cancelled. What frustrates me is when one goes all the way to the tribunal and we don't contest it, because the customer's had months of letters for nothing.", PC, FU, -1, "pain"),
    M(HWT, "And renewals?"),
    P(KO, "Renewals are the good news story. Auto renew by card, reminder emails 4 weeks and 1 week before. People without email get a letter, in theory. In practice the letter depends on the right flag being on the account, and older accounts don't always have it.", RC, FU, 0, "praise"),
    M(HWT, "What about when people move within the borough?"),
    P(KO, "That's a new application, because the permit is tied to the address. People don't expect that, they think it's like changing the car. And the old permit doesn't transfer, there's a refund for whole months left, but you have to ask for it.", RC, FU, -1, "pain"),
    M(HWT, "If you could change one thing, what would it be?"),
    P(KO, "Link us up with council tax. When someone opens a council tax account at an address in a controlled zone, send them a letter about permits. We'd catch people before they get their first ticket.", IZ, FI, 0, "suggestion"),
    M(HWT, "And a second thing?"),
    P(KO, "Real time updates to the handhelds. That's the one that causes the most unfair tickets.", VA, US, 0, "suggestion"),
    M(HWT, "Is there anything I haven't asked about?"),
    P(KO, "Just that the team does care. We read the complaints. When someone's been waiting 6 weeks, that's on us, and we know it.", WC, PR, 0, "neutral"),
    M(HWT, "Thanks so much, Kwame, that's brilliant."),
    B(KO, "No worries. Send me the report when it's done."),
]


# ---------------------------------------------------------------------------
# Session 4: interview-2.txt (video call on the research team's Jitsi Meet
# server with Jigasi transcription; the .txt the server saves). Wednesday
# 2025-11-12, from 10:01 UTC. Electric car owner. Speech results as the
# recogniser returns them: punctuation, digits, no fillers.
# ---------------------------------------------------------------------------
INT2 = [
    M(HWJ, "Hi Ollie, can you hear me okay?"),
    B(OB, "Yep, loud and clear. Sorry, the dog might bark at some point."),
    M(HWJ, "No problem at all. As I said in the email, this is being transcribed automatically by our Jitsi server, and I can send you the transcript afterwards if you want it. Can you tell me a bit about yourself and your car?"),
    P(OB, "Sure. I live in Mill Green, on Tanner Street, with my partner. We switched to an electric car about 18 months ago, a second hand Kona. We don't have a driveway, so we're on street like everyone else.", SE, N_, 0, "neutral"),
    M(HWJ, "When you got the electric car, what did you need to do about your permit?"),
    P(OB, "Change the vehicle on the permit, which was easy, it's online, 5 minutes. And the permit price dropped, because electric cars are in the lowest band. It went from about 140 to 25 pounds a year.", CH, FU, 1, "praise"),
    M(HWJ, "Did you know that before you changed?"),
    P(OB, "No, actually, it was a nice surprise. I only found out on the payment screen. They could advertise that a bit more if they want people to switch.", CH, FU, 0, "suggestion"),
    M(HWJ, "Did you get anything back for the old permit?"),
    P(OB, "No. I assumed I'd get something back for the rest of the year on the petrol one, because I'd paid 140 in January. But it just changed the band from then on. No refund, and nothing to say there wouldn't be one.", RC, FU, -1, "pain"),
    M(HWJ, "Where do you charge?"),
    P(OB, "That's the fun part. There's 2 lamp post chargers on our street and 4 charging bays round the corner on Mill Green Road. The lamp post ones are in normal resident bays, so if someone's parked there, tough. The bays round the corner are for charging only, 4 hours max, and you get a ticket if you're still there after it's finished.", SE, US, -1, "pain"),
    M(HWJ, "Have you had a ticket?"),
    P(OB, "One. I plugged in at 11 at night, it finished about 3 in the morning, and at 10 past 8 there's a ticket for not charging in a charging bay. Because I was asleep.", PC, US, -1, "pain"),
    M(HWJ, "What did you do?"),
    P(OB, "Challenged it online with a screenshot from the charger app showing the session. Rejected, because the rule's the rule. Then I did the formal representation and said look, there's no way to be in a bay at night and move the car at 3 in the morning, and that one was accepted. So, persistence.", PC, FU, 0, "neutral"),
    M(HWJ, "How long did that take?"),
    P(OB, "About 7 weeks. The first rejection came by post, even though I did the challenge online, which is a bit odd.", PC, FU, -1, "pain"),
    M(HWJ, "Some people run a cable from the house. Is that an option for you?"),
    P(OB, "We'd love to. We asked, and the council doesn't allow cables across the pavement, even with a cover, because of trip hazards. There's a pilot with those channels cut into the pavement, but not in our ward. I checked the map and we're 2 streets outside it.", IZ, FI, -1, "pain"),
    M(HWJ, "Let's talk about the virtual permit and the app. How do you find those?"),
    P(OB, "Honestly, the permit side is pretty good. It's all tied to the reg, I can see the expiry date in my account, I get a reminder. I've never had a problem with the permit itself.", VA, US, 1, "praise"),
    M(HWJ, "And the visitor side?"),
    P(OB, "My mum visits from Kent. The app works, but every time I have to type her reg in again because it doesn't save it, and it logs me out every time I close it. Small things, but they add up.", VA, US, -1, "pain"),
    M(HWJ, "Anything else about using the permit day to day?"),
    P(OB, "Finding a space near the lamp post chargers is the main thing. I'd say 2 evenings out of 5 I can't get one. And then there's petrol cars in the charging bays, which nobody enforces at night. So you get a ticket if you're electric and you overstay, but a petrol car can sit there all night. I don't think that's deliberate, it's just when the wardens work.", SE, US, -1, "pain"),
    M(HWJ, "Do you think the charges are fair, overall?"),
    P(OB, "For me, yes, obviously. I do feel for people who can't afford to switch, though. The cheapest band is really for people who could afford a newer car.", CH, DE, 0, "neutral"),
    M(HWJ, "Have you ever contacted parking services?"),
    P(OB, "Twice. Once about the cable thing, by email, they replied in about a week, which was fine. Once about a broken charger, and they said it's not them, it's the charge point company, and gave me a number.", WC, FU, 0, "neutral"),
    M(HWJ, "How did that feel?"),
    P(OB, "A bit of a runaround. From my side, it's all the council. I don't care whose charger it is.", WC, FU, -1, "pain"),
    M(HWJ, "Thinking back to when you first moved to Tanner Street, how did you find out about permits?"),
    P(OB, "We moved in 2019 and the estate agent mentioned it. Then the council website. You put your postcode in and it tells you the zone. That postcode checker is actually really good.", IZ, FI, 1, "praise"),
    M(HWJ, "And applying?"),
    P(OB, "Back then you had to upload a council tax bill, but we didn't have one yet because we'd only just moved. So we sent the tenancy agreement and a letter from the bank. It took about 2 weeks, no drama.", AE, AP, 0, "neutral"),
    M(HWJ, "And when it was approved?"),
    P(OB, "We got the email saying the permit was issued, valid in Zone MG. The only confusing bit was the map calls it Mill Green and the email just says MG, so we spent an evening checking it was the same thing.", DZ, DE, 0, "neutral"),
    M(HWJ, "How do you find renewing?"),
    P(OB, "It renews itself on the card, and there's an email 4 weeks before. No complaints there at all.", RC, FU, 1, "praise"),
    M(HWJ, "If you could change one thing, what would it be?"),
    P(OB, "Make the charging bays overnight friendly. No ticket between 8 at night and 8 in the morning if you're plugged in, even if it's finished. And let electric cars use the lamp post bays first.", SE, US, 0, "suggestion"),
    M(HWJ, "And for the app?"),
    P(OB, "Remember the visitor's car. Please.", VA, US, 0, "suggestion"),
    M(HWJ, "Thanks, Ollie, that's really useful. I'll stop the transcription now."),
    B(OB, "No worries. Good luck with it."),
]


# ---------------------------------------------------------------------------
# Session 5: interview-3.csv (in person at the salon, recorded on a phone,
# transcribed by the council's data team with Amazon Transcribe, speaker
# identification on, and converted with the tscribe package to CSV).
# Thursday 2025-11-06. Salon owner. spk_0 = the interviewer (Sam). Machine
# text: "um" kept, digits, pound signs.
# ---------------------------------------------------------------------------
INT3 = [
    M(S0, "Okay, it's recording. So, um, thanks for letting me come to the salon, Rosa. Can you tell me a bit about the business?"),
    P(S1, "Yeah, of course. So it's Rosa's Hair, on Ashgrove High Street, I've had it 11 years. It's me and 2 stylists and a Saturday girl. I don't live in Hollowmere, I live in Croydon, so I drive in every day.", BT, N_, 0, "neutral"),
    M(S0, "And where do you park?"),
    P(S1, "I've got a business permit, which lets me park in the business bays on Ashgrove Mews, behind the shop. There's 4 bays and about 10 businesses with permits, so if I'm not here by half eight I'm in the pay and display on Station Road, which is £2.40 an hour.", BT, US, -1, "pain"),
    M(S0, "How did you find out about the business permit in the first place?"),
    P(S1, "The lady I bought the salon off told me, she had one. I wouldn't have known otherwise.", BT, FI, 0, "neutral"),
    M(S0, "How much is it?"),
    P(S1, "£820 a year. Um, it went up in April, it was £690.", CH, FU, -1, "pain"),
    M(S0, "How did you feel about that?"),
    P(S1, "Honestly, I nearly didn't renew it. When you add it up it's like a month's rent. But without it it's worse, so what can you do.", CH, FU, -1, "pain"),
    M(S0, "Can you tell me about applying for it?"),
    P(S1, "The first time, 11 years ago, it was a paper form. Now it's online. The annoying bit is the car's in my name but it's registered at my home address in Croydon, and the business is here, and the form wants everything to match. So I had to send the business rates bill, the lease, and a letter saying I'm the owner.", AE, AP, -1, "pain"),
    M(S0, "And when it's approved, what do you get?"),
    P(S1, "An email with a PDF, like a certificate. I print it and stick it up in the back room. I know you don't need it in the car any more, but I like having it.", DZ, DE, 1, "praise"),
    M(S0, "And your stylists?"),
    P(S1, "They can't get anything. Staff aren't eligible, it's one permit per business, so they come on the bus or they pay the meter all day. One of them parks in Brindley Park and walks 20 minutes because it's free after 10. Um, don't tell anyone.", BT, US, -1, "pain"),
    M(S0, "I won't. What about your clients?"),
    P(S1, "That's the big one. A colour takes 2 and a half, 3 hours. The pay and display on the high street is 2 hours maximum. So halfway through a colour, a client's jumping up with foils in her hair to go and move the car. Or she gets a ticket.", SE, US, -1, "pain"),
    M(S0, "Has that happened?"),
    P(S1, "Loads of times. Last month a lady got one, £80, and she was so upset she hasn't come back. I paid half of it because I felt bad.", PC, US, -1, "pain"),
    M(S0, "Do your clients know about visitor permits or anything like that?"),
    P(S1, "Visitor permits are for residents' visitors, not for my clients. I asked. There's no, um, customer permit or anything like that.", BT, FI, -1, "pain"),
    M(S0, "What about deliveries?"),
    P(S1, "The wholesaler comes on a Tuesday. There's a loading bay outside the bakery, 20 minutes, and the driver's had a ticket twice for unloading. He won't come before 10 now.", SE, US, -1, "pain"),
    M(S0, "And the wardens?"),
    P(S1, "They're all right. There's one called Daniel who pops in to say hello, he'll give you a heads up if a client's about to run out. Not all of them are like that.", SE, US, 0, "praise"),
    M(S0, "Have you ever contacted parking services about any of this?"),
    P(S1, "I emailed last year to ask for longer stays on the high street, and I got an automatic reply and then nothing. Then I rang, 40 minutes, and the lady said that's a traffic order thing and I'd have to write to my councillor.", WC, FU, -1, "pain"),
    M(S0, "Did you?"),
    P(S1, "I did. He came in, had a coffee, very nice man, and nothing's changed.", WC, FU, -1, "pain"),
    M(S0, "Um, what about when the permit renews?"),
    P(S1, "They email me a month before. I pay online, it's quick. That bit's fine. It's the price, not the process.", RC, FU, 0, "praise"),
    M(S0, "Do you know if the price is going up again?"),
    P(S1, "You tell me. Someone in the Facebook group said it's going up again next year. Is that true?", CH, FU, 0, "question"),
    M(S0, "I honestly don't know, but I'll find out and let you know. If you could change one thing, what would it be?"),
    P(S1, "3 hours on the high street. Just 3 hours. That's all my clients need.", SE, US, 0, "suggestion"),
    M(S0, "And for the business permit?"),
    P(S1, "One extra permit for staff, even if it costs more. Or a cheaper one that's only for the pay and display.", BT, AP, 0, "suggestion"),
    M(S0, "Is there anything else you want to tell us?"),
    P(S1, "Just that the high street's struggling. 3 shops closed this year. Parking isn't the only reason, but when people can't park they go to the retail park where it's free.", BT, US, -1, "pain"),
    M(S0, "Thank you so much, Rosa, that's really helpful."),
    B(S1, "You're welcome. Come back for a trim, you need one."),
]

# ---------------------------------------------------------------------------
# Session 6: interview-4.txt (at the participant's home, recorded, transcribed
# intelligent verbatim by a transcription agency and delivered as a PDF; the
# researcher copied the text out of the PDF into Notepad). Friday 2025-11-07.
# Older resident without a computer. The agency's notes: [laughs], [inaudible],
# [phone rings]. Word's curly quotes survive the copy.
# ---------------------------------------------------------------------------
INT4 = [
    M(INTV, "Thank you for seeing me, Mr Fairweather. As I said on the phone, I'm from the council, and we're talking to residents about parking permits. Is it all right if I record this?"),
    B(RESP, "Yes, that's fine. Call me Derek. Mind the cat, she'll have your biscuit."),
    M(INTV, "Thank you, Derek. Could you tell me a bit about yourself and your parking?"),
    P(RESP, "I'm 81. I've lived in this house since 1979. I've still got the car, a little Honda Jazz, and I drive to the shops and to my sister's in Sidcup. I've had a residents' permit since they brought the zone in. I don't have a computer, never have.", OA, N_, 0, "neutral"),
    M(INTV, "How did you used to renew your permit?"),
    P(RESP, "They sent a letter with a form, and you filled it in and sent a cheque. Every year, regular as clockwork. Then two years ago the letter didn't come.", RC, FU, -1, "pain"),
    M(INTV, "What happened?"),
    P(RESP, "I didn't know it had run out. It ran out in the March and I got a ticket in the April, outside my own house. Outside my own house. That’s how I found out.", PC, US, -1, "pain"),
    M(INTV, "That must have been a shock."),
    P(RESP, "It was. £130. I’d never had a parking ticket in my life.", PC, US, -1, "pain"),
    M(INTV, "What did the warden say?"),
    P(RESP, "She was nice enough. She said there was nothing she could do, it’s all on the machine now. If it says no permit, it’s a ticket.", SE, US, 0, "neutral"),
    M(INTV, "And what did you do about the ticket?"),
    P(RESP, "I rang the number on the back. It’s all press one, press two. In the end I got a lady, very nice, and she said the renewal had been sent by email. I said I haven’t got email. She said it’s on your account. I said what account?", OA, FU, -1, "pain"),
    M(INTV, "[laughs] So what happened with the ticket in the end?"),
    P(RESP, "My daughter in Toronto wrote to them. She does everything for me on the computer, from Canada. They cancelled it in the end, on account of my age, they said, which I didn’t much care for. I’m not daft, I just haven’t got a computer.", PC, FU, 0, "pain"),
    M(INTV, "And the permit itself, how did you get it renewed?"),
    P(RESP, "My daughter did it online, at two in the morning her time, and she needed a picture of my logbook. I had to find it first. It was in the bureau with the insurance. Then she needed a council tax bill, and I pay by direct debit, so I don’t get a bill, I get one letter in March.", AE, AP, -1, "pain"),
    M(INTV, "How long did it take?"),
    P(RESP, "About three weeks, I think. In the meantime I left the car on my sister’s drive in Sidcup and came back on the bus.", WC, PR, -1, "neutral"),
    M(INTV, "Did anyone mention a temporary permit?"),
    P(RESP, "No. Nobody mentioned anything like that. Is there such a thing?", WC, PR, 0, "question"),
    M(INTV, "There is, in some cases. And has a renewal come this year?"),
    P(RESP, "Nothing came again. My daughter set it up so it renews itself on her card. So she says. I just have to trust it.", RC, FU, 0, "neutral"),
    M(INTV, "How much is your permit now, do you know?"),
    P(RESP, "Seventy-odd pounds. That’s fine, I don’t mind paying for it. It’s the palaver.", CH, FU, 0, "neutral"),
    M(INTV, "What about visitors? Does anyone visit who needs to park?"),
    P(RESP, "My chiropodist, every six weeks, and the man who does the garden in the summer. I used to have the scratch cards. I’ve got a few left in the drawer, but I’m told they’re no good now.", VC, US, -1, "neutral"),
    M(INTV, "So how do they park now?"),
    P(RESP, "The chiropodist parks on the estate round the corner, in the free bit, and walks. She’s very good about it. The gardener comes on his bicycle now. [laughs] He says it’s cheaper.", VC, US, 0, "neutral"),
    M(INTV, "Have you tried the phone line for visitor permits?"),
    P(RESP, "Once. It wanted the registration of the car, and then a code from my account, and I didn’t have a code. I put the phone down.", OA, US, -1, "pain"),
    M(INTV, "Is there anywhere you can go in person?"),
    P(RESP, "There used to be the parking shop by the town hall. You could sit down and a person would sort it out. They shut that. I heard there’s something at the library now, but nobody told me about it properly. I saw it on a poster.", OA, FI, -1, "pain"),
    M(INTV, "Do you hear about things like that from anywhere else? Neighbours, the council magazine?"),
    P(RESP, "The magazine comes through the door, Hollowmere Life. That’s mostly about bins. [inaudible] Next door’s boy tells me things. He’s on the Facebook.", IZ, FI, 0, "neutral"),
    M(INTV, "And finding a space, is that a problem here?"),
    P(RESP, "Not in the day. At night it fills up with the station people, and if I go to my sister’s for tea I have to park right down the end by the garages. I don’t like walking back in the dark.", SE, US, -1, "pain"),
    M(INTV, "How do you feel about everything moving online?"),
    P(RESP, "I understand it. It’s cheaper for them. But there’s a lot of us round here, on our own, no computer. We’re not going to learn now. It’s not that we can’t, we just don’t see why we should have to.", OA, US, -1, "pain"),
    M(INTV, "What would make the biggest difference for you?"),
    P(RESP, "A letter. When it’s time to renew, send a letter, like you used to, and let me pay by cheque or at the post office. And a number where a person answers.", OA, FU, 0, "suggestion"),
    M(INTV, "And for visitors?"),
    P(RESP, "Give me a book of the cards again. I’d pay for them. I’m not asking for anything for free.", OA, US, 0, "suggestion"),
    M(INTV, "That’s really helpful. Is there anything else you’d like to tell me?"),
    P(RESP, "[phone rings] Leave it, they’ll ring back. Only that the warden on this road now, the young lady, she’s very polite. She knocked on my door once because my tax was about to run out. That’s the sort of thing.", SE, US, 1, "praise"),
    M(INTV, "Thank you, Derek. I’ll switch this off now."),
    B(RESP, "Will you have a cup of tea before you go? The kettle’s just boiled."),
]


# ---------------------------------------------------------------------------
# Session 7: interview-5.docx (in a cafe, recorded on the researcher's phone,
# typed up in Word by the researcher: initials and a colon, and the time on
# the recording in square brackets at the END of each turn). Monday
# 2025-11-10. Self-employed home carer. Her notes: [laughs], [pause].
# "\n\n" inside a text is a second paragraph of the same turn.
# ---------------------------------------------------------------------------
INT5 = [
    M(HWI, "Thanks for meeting me, Grace. Can you start by telling me what you do?"),
    P(GM, "I'm a carer. I used to work for an agency, now I'm self-employed. I've got seven clients, mostly older people, a couple with dementia, all over Brindley Park and Ashgrove. I do mornings, lunches and bedtimes, so I'm in and out of their houses all day.", VC, N_, 0, "neutral"),
    M(HWI, "And you drive between them?"),
    P(GM, "I have to. Fifteen, sixteen visits a day. You can't do that on the bus.", VC, N_, 0, "neutral"),
    M(HWI, "So how do you park?"),
    P(GM, "On my clients' visitor permits. Their families set it up on the app, or I do it on my phone with their login, which I know I'm not really supposed to. Every visit I put my car on, half an hour, an hour.", VC, US, 0, "neutral"),
    M(HWI, "What about the health and social care permit?"),
    P(GM, "When I was with the agency I had one. It's great, you can park in any resident bay in the borough while you're with a client. When I went self-employed I applied and they said I need a letter from my employer. I'm my own employer. [laughs] So I sent a letter from me to me and they said that doesn't count.", VC, DE, -1, "pain"),
    M(HWI, "What did the application ask for?"),
    P(GM, "The logbook, proof of address, my DBS, and the letter from the employer. Everything uploaded on the phone, in the car between clients. The logbook and the DBS were fine. It was only the letter.", AE, AP, 0, "neutral"),
    M(HWI, "Did they explain what would count as a letter?"),
    P(GM, "No. Just 'not eligible'. I asked for the manager and she said the permit is for agency and NHS staff, that's the policy, and they're looking at it. That was last year.", VC, DE, -1, "pain"),
    M(HWI, "So what does that mean in practice?"),
    P(GM, "It means my clients pay for my parking. Some of them are on pension credit. Mrs D., she's ninety-three, she uses all her hours on me and then her son can't visit at the weekend without paying the higher rate.", CH, US, -1, "pain"),
    M(HWI, "Do the families mind?"),
    P(GM, "Most of them don't say anything. One family asked me to park further away and walk, to save their hours. Which in the rain, with my bag, ten minutes each way, four times a day. I did it for a month.", VC, US, -1, "pain"),
    M(HWI, "Have you had tickets?"),
    P(GM, "Six this year. Mostly when I've put the wrong client's permit on, or the session has run out while I'm doing someone's personal care and I can't exactly stop and renew it. You can't leave someone on the commode to go and sort out your parking.", PC, US, -1, "pain"),
    M(HWI, "What did you do about them?"),
    P(GM, "I challenge every one. I write that I'm a carer, I attach my DBS and a letter from the family. About half get cancelled. The rest I pay, because if you go further and lose, you lose the discount as well.", PC, FU, 0, "pain"),
    M(HWI, "Have you ever gone to the tribunal?"),
    P(GM, "No. I haven't got time for that. I've got sixteen visits a day.", PC, FU, -1, "neutral"),
    M(HWI, "How do the civil enforcement officers treat you?"),
    P(GM, "Some of them know me now. There's one on Ribble Street who waits while I finish if I show him my lanyard. Some of them couldn't care less. One said to me, 'everyone's a carer round here.'", SE, US, 0, "pain"),
    M(HWI, "What about the app itself?"),
    P(GM, "It works. But I've got seven logins for seven clients, and it logs you out. Some days I spend more time on the app than I do with the client. That's not a joke.", VA, US, -1, "pain"),
    M(HWI, "How did you first find out about the different permits?"),
    P(GM, "From the other carers, at the agency. Nobody from the council. The website has a page for the health and social care permit but it doesn't say anything about self-employed carers. [pause] Nothing at all.", IZ, FI, -1, "pain"),
    M(HWI, "Have you been in touch with parking services about it?"),
    P(GM, "I've emailed three times. The first time they replied in two weeks. The second time I got an automatic email. The third time I used the complaints form and a man rang me, very nice, he said he'd pass it on to policy. That was in March.", WC, FU, -1, "pain"),
    M(HWI, "Do you know how other boroughs do it?"),
    P(GM, "The borough next door has a permit for independent carers. You show your insurance, your DBS and a letter from each client. A girl I trained with has got one.", VC, AP, 0, "neutral"),
    M(HWI, "What would help most?"),
    P(GM, "A carer's permit for self-employed carers. I'll show whatever they want, my DBS, my insurance, my client list, my tax return. Make it the same price as the agency one.", VC, AP, 0, "suggestion"),
    M(HWI, "And if that's not possible?"),
    P(GM, "Let the visitor session run until I end it, instead of a fixed time. Then I'm not stuck in someone's bathroom worrying about the clock.", VC, US, 0, "suggestion"),
    M(HWI, "Is there anything else you'd like to say?"),
    P(GM, "Only that the people I look after would be in a care home without us, and that costs the council a lot more than a parking permit.\n\nSorry. I get a bit passionate about it.", VC, US, -1, "pain"),
    M(HWI, "No, that's really important. Thank you, Grace."),
    B(GM, "Thank you for listening. I'd better go, it's Mr P.'s lunch."),
]


# ---------------------------------------------------------------------------
# Session 8: interview-6.txt (Teams meeting; the Teams .vtt run through the
# teams-transcript-formatter package with its default template, which merges
# adjacent cues of one speaker: "Speaker | speech | hh:mm:ss"). Monday
# 2025-11-17. Resident whose car was removed from a suspended bay.
# ---------------------------------------------------------------------------
INT6 = [
    M(SAT, "Hi Leon, thanks for joining. Teams is transcribing this, you should see the banner at the top. Is that okay?"),
    B(LC, "Yeah, that's fine."),
    M(SAT, "Great. So you got in touch after the survey because of what happened in June. Do you want to tell me, from the start?"),
    P(LC, "Sure. So I live on Fenner Road in Ashgrove, I've got a resident permit, and in June I parked in my usual bay on the Friday evening. On the Monday morning the car was gone. I thought it had been stolen. I actually rang the police.", PC, US, -1, "pain"),
    M(SAT, "Oh no."),
    P(LC, "The police said check with the council, it's probably been removed. And it had. The bay had been suspended from the Monday for a removal van, and there was a yellow sign on the lamp post. Which went up on the Saturday, apparently, and I was away for the weekend.", SE, US, -1, "pain"),
    M(SAT, "How did you get the car back?"),
    P(LC, "I had to go to the car pound, which isn't even in Hollowmere, on 2 buses. Pay 200 pounds for the removal and 80 for the ticket, the discounted rate, before they'd release it. Plus 40 for storage, because it'd been there since 7 in the morning. Card only.", PC, US, -1, "pain"),
    M(SAT, "And then?"),
    P(LC, "Then I challenged it. Because, as far as I understood the rules, the sign has to be up for a certain time before, and if you're not there you can't have seen it. I put in photos of my train tickets for the weekend.", PC, FU, 0, "neutral"),
    M(SAT, "What happened with the challenge?"),
    P(LC, "Rejected. It was a standard letter. It said the suspension was correctly signed and it is the motorist's responsibility to check the signage. Which, from Kent, is tricky.", PC, FU, -1, "pain"),
    M(SAT, "Did you consider just paying and leaving it?"),
    P(LC, "Yeah, my mum said just leave it. It was 320 pounds in total and I nearly did, but it was the principle by then.", PC, FU, 0, "neutral"),
    M(SAT, "So you went further."),
    P(LC, "Yeah. Formal representations, that's the next stage, and they rejected that too, with the same paragraph. Then I appealed to London Tribunals. You do it online, you upload your evidence and the council uploads theirs.", PC, FU, -1, "neutral"),
    M(SAT, "How did you know about the tribunal?"),
    P(LC, "Reddit, honestly. The letter mentions it in the small print, but I only knew what it meant because of a thread on Reddit.", PC, FI, 0, "neutral"),
    M(SAT, "What was the tribunal like?"),
    P(LC, "Genuinely good. Clear website, an actual date, and the adjudicator read everything. The council's evidence was a photo of the sign taken on the Monday, and nothing showing when it went up. So the adjudicator allowed the appeal and directed them to refund me.", PC, FU, 1, "praise"),
    M(SAT, "That's good. How long did it take to get the money back?"),
    P(LC, "The decision was in September. The money came back in the middle of November. After I'd chased 3 times.", WC, FU, -1, "pain"),
    M(SAT, "Who did you chase?"),
    P(LC, "Parking services, by email. The first email got an automatic reply. The second time someone said the refund had been requested from finance. The third time I copied in my councillor, and it turned up the week after. Funny, that.", WC, FU, -1, "pain"),
    M(SAT, "Did you get any explanation, or an apology?"),
    P(LC, "Not from parking. I made a formal complaint about the whole thing, and the reply said the removal was in accordance with procedures but they acknowledge the delay in processing the refund. So, half an apology.", WC, FU, -1, "pain"),
    M(SAT, "How has it affected you, apart from the money?"),
    P(LC, "Honestly, I check the lamp posts every time I park now. Every single time. I've become that person. And I wouldn't challenge anything again unless I was certain, because it was 3 months of stress.", SE, US, -1, "pain"),
    M(SAT, "Let's talk about your permit itself. How was getting it?"),
    P(LC, "That was fine. I moved here in 2022, applied online with the council tax bill and the logbook, and it was approved in a week. No complaints there.", AE, AP, 1, "praise"),
    M(SAT, "Did you know you'd need one before you moved?"),
    P(LC, "Sort of. The estate agent said residents' parking, and I thought that meant free parking for residents. I didn't realise it meant a permit you pay for until I looked on the council website.", IZ, FI, -1, "neutral"),
    M(SAT, "And renewing?"),
    P(LC, "Fine. Auto renew. I don't even think about it.", RC, FU, 1, "praise"),
    M(SAT, "What about visitors?"),
    P(LC, "My girlfriend uses my visitor hours when she stays over. The app's okay. She's had one ticket, because the session ended at midnight and she thought it was 24 hours. Cancelled on challenge, to be fair, first time.", VC, US, 0, "neutral"),
    M(SAT, "If you could change one thing about how suspensions work, what would it be?"),
    P(LC, "Tell the permit holders. You've got my email, you've got my reg, you know which zone I'm in. Send me a text saying the bays on Fenner Road are suspended on Monday. That's all it would take.", SE, US, 0, "suggestion"),
    M(SAT, "And the challenge process?"),
    P(LC, "Read the challenge. Both rejection letters were the same paragraph and neither of them answered what I'd said. If the first person had actually looked at the train tickets, none of this would have needed a tribunal.", PC, FU, -1, "suggestion"),
    M(SAT, "And the car pound?"),
    P(LC, "Put it in the borough. Or at least let you pay online before you get there, so you're not stood at a window with a card machine that doesn't work. Which it didn't.", PC, US, -1, "suggestion"),
    M(SAT, "Is there anything else you'd like to add?"),
    B(LC, "No, I think I've vented enough. Thanks for actually asking.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Codebook, written before coding (examples are exact excerpts of participant
# turns of that theme; checked in main())
# ---------------------------------------------------------------------------
CODEBOOK = [
    (IZ, "Finding out: zones, maps and the rules",
     "How people learn that they need a permit and what the rules are: moving into a "
     "controlled parking zone and nobody telling you, the first ticket as the way of "
     "finding out, the council website, the PDF zone maps and the postcode checker, estate "
     "agents, neighbours, next door's boy and the local Facebook groups, the council "
     "magazine, what 'residents' parking' does and does not mean, pilots that stop two "
     "streets away, pages that say nothing about your situation, and wishes for a letter to "
     "new residents or a link with council tax. Which zone a house is given once a permit "
     "is issued goes to zone_decision.",
     ["Nobody tells you when you move in",
      "That postcode checker is actually really good.",
      "You need a magnifying glass."]),
    (AE, "Applying online: the account, proof of address and the logbook",
     "Making the application: creating the council account and its verification email, the "
     "online form, uploading documents from a phone and uploads that fail, proof of address "
     "(council tax bill, tenancy agreement, utility bill or energy account, bank letter) and "
     "having none yet after a move, the V5C logbook still at the old address, a car "
     "registered at home when the business is here, business rates bills and leases, the "
     "evidence for a carers' permit, further evidence required, and applications that went "
     "through quickly because everything was in order.",
     ["I haven't had a paper bill in 10 years",
      "my logbook still had my Manchester address on it",
      "the form wants everything to match"]),
    (CH, "Prices and the emissions-based charge",
     "What permits cost and whether it feels fair: the CO2 bands on the logbook, engine "
     "size for older cars, the diesel surcharge, a second permit at one address, electric "
     "cars in the lowest band, business permit prices and rises, buying extra visitor hours "
     "at a higher rate, clients paying for a carer's parking, paying all at once, who can "
     "afford to switch, and wishes for a price calculator, a discount for work vehicles or "
     "paying monthly.",
     ["It came to £430.",
      "it's like a month's rent",
      "The cheapest band is really for people who could afford a newer car."]),
    (WC, "Waiting, chasing and contact with parking services",
     "Everything between applying and having a permit, and whenever residents need parking "
     "services: further evidence emails nobody understands, backlogs, temporary permits "
     "nobody mentions, being under review for weeks, the phone queue and calls that cut off, "
     "automatic replies, emails answered or not, being passed to another company, complaints "
     "and councillors, refunds that have to be chased, how people want to be told (email, "
     "text, letter), and the permits team's own view of its workload.",
     ["I was 40 minutes in the queue and then it cut off.",
      "it wasn't anywhere on the screen",
      "So, half an apology."]),
    (DZ, "The decision: approval, refusal and the zone",
     "What comes back from an application: the email saying the permit has been issued, "
     "temporary permits as PDFs, how fast it came, the zone on the permit and which side of "
     "a boundary street a front door is on, zone letters that do not match the map, refusals "
     "for long vans, car-free developments or company cars, template refusal emails, asking "
     "for an exception and being told the traffic order decides, zone reviews, and wishes "
     "that boundary streets could choose.",
     ["it goes by which side of the road your front door is on",
      "It's one street.",
      "resident permits are only for vehicles under five metres"]),
    (SE, "Finding a space and the civil enforcement officers",
     "Using the bays: no space after the restrictions end at half six, station commuters, "
     "the school run and car-free flats filling the road, a permit that is only a permit to "
     "look, two-hour pay and display limits for clients, loading bays and deliveries, "
     "charging bays and lamp-post chargers, suspended bays, signs and removals, and the "
     "wardens themselves: early rounds, waiting for the clock, kindness, warnings and "
     "lanyards; wishes for longer stays, overnight charging or a text about suspensions.",
     ["It's a permit to look for a space.",
      "waits for the clock",
      "I check the lamp posts every time I park now."]),
    (VA, "Virtual permits and the app",
     "Permits that exist only on the council's system: nothing in the windscreen, having to "
     "trust a database, handhelds that sync overnight or run a day behind, what a virtual "
     "permit is and how the warden knows, and the app or account itself: logins, being "
     "logged out, typing a visitor's registration again, seven logins for seven clients, "
     "wishes for real-time updates and an app that remembers.",
     ["I just have to trust a database",
      "sync overnight",
      "Remember the visitor's car. Please."]),
    (VC, "Visitor permits and carers' visits",
     "Visitors in practice: the yearly allowance of hours and running out of it, sessions by "
     "the hour or by the day and remembering to renew them, family, nephews, chiropodists "
     "and gardeners visiting, the health and social care permit for agency and NHS staff, "
     "family carers and self-employed carers who do not qualify, carers parking on their "
     "clients' visitor permits, a hardship top-up nobody knows about, and wishes for a "
     "carers' permit, weekend bookings or sessions that run until you end them.",
     ["You do the maths.",
      "a letter from me to me",
      "family carers don't qualify"]),
    (PC, "Penalty charge notices, challenges and the tribunal",
     "Tickets (PCNs) and what people do about them: the yellow envelope, the discount for "
     "paying within 14 days, challenges with screenshots, train tickets or a GP's letter, "
     "rejection letters with the same paragraph, formal representations, London Tribunals "
     "and the adjudicator, the charge going up while you wait, paying because it is not "
     "worth the stamp, cancelled 'on this occasion', removals and the car pound, clients "
     "and relatives who get the ticket, and wishes that someone would read the challenge.",
     ["That's what they count on, isn't it.",
      "it wasn't worth the stamp",
      "Read the challenge."]),
    (RC, "Renewals and changes to a permit",
     "After the permit is issued: reminder emails and auto-renewal by card, letters that "
     "stopped coming and permits that lapsed unnoticed, a daughter's card, changing the car "
     "on the permit and the warden not knowing for days, a renewal paid but showing as "
     "expired, moving within the borough as a new application, refunds for months left or "
     "for a cheaper band, and wishes for instant changes.",
     ["That bit I genuinely can't fault.",
      "it renews itself on her card",
      "Make the changes instant."]),
    (OA, "Without the internet: phone lines, paper and family",
     "Residents who do not use the internet or an app: scratch-card visitor vouchers that "
     "were withdrawn, the automated phone line that wants a registration and a code, no "
     "cheques any more, the closed parking shop and the Thursday library surgery, sons, "
     "daughters and nephews who do it for them (from Spain or Canada), reminders that only "
     "go by email, and wishes for letters, a person on the phone and paper vouchers as well "
     "as the app.",
     ["Press one, press two",
      "A person. That's all.",
      "Bring back the scratch cards."]),
    (BT, "Business and trade permits",
     "Parking for people who work in the borough: business permits and shared business bays "
     "with more permits than bays, staff who cannot get a permit, customers and clients with "
     "nowhere to park, trade permits bought by the day and by the zone, decorators' vans, "
     "finding out from a landlord, the previous owner or another tradesperson, the high "
     "street and the free retail park, and wishes for a borough-wide trade permit or a staff "
     "permit.",
     ["that's two permits for one day",
      "Staff aren't eligible",
      "One trade permit for the whole borough"]),
]

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(text.split())


def smarten(text: str) -> str:
    """What Word's AutoFormat-as-you-type makes of straight quotes and ' - '."""
    text = re.sub(r'(^|[\s(\[])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[])'", "\\1\u2018", text)
    text = text.replace("'", "\u2019")
    return text.replace(" - ", " \u2013 ")


def turns_of(session):
    return [it for it in session["items"] if not it.get("note")]


def timings(session):
    """Synthetic start/end per item (turns and notes): words at the session's rate
    plus seeded pauses; a turn with overlap=s starts s seconds before the previous
    turn ends; a note sits just after the previous turn, inside the pause."""
    rnd = random.Random(session["seed"])
    t = session["start"]
    lo, hi = session["pause"]
    out, prev = [], None
    for it in session["items"]:
        if it.get("note"):
            a = (prev[1] if prev else t) + 0.25
            out.append((a, a + 1.2))
            continue
        dur = len(norm(it["text"]).split()) / session["rate"] + 0.5
        a = prev[1] - it["overlap"] if it.get("overlap") and prev else t
        out.append((a, a + dur))
        prev = (a, a + dur)
        t = max(t, a + dur) + rnd.uniform(lo, hi)
    return out


def turn_timings(session):
    return [tm for it, tm in zip(session["items"], timings(session)) if not it.get("note")]


def ts_hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def ts_vtt(s: float) -> str:
    ms = int(round(s * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    sec, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{sec:02d}.{ms:03d}"


SENT_RE = re.compile(r"(?<=[.!?\u2026])\s+(?=[A-Z0-9\u00a3\"\u201c'\u2018(\[])")


def sentences(text: str) -> list[str]:
    return [s for s in SENT_RE.split(norm(text)) if s]


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


def piece_times(a, b, pieces, gap=0.5):
    """Start/end of each piece of a turn, by words, with a short pause between."""
    total = sum(len(p.split()) for p in pieces)
    span = (b - a) - gap * (len(pieces) - 1)
    t, out = a, []
    for p in pieces:
        d = span * len(p.split()) / total
        out.append((t, t + d))
        t += d + gap
    return out


def repackage(raw: bytes, when: _dt.datetime, tidy=None) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core dates (python-docx
    stamps dcterms:modified at save), after an optional tidy(parts)."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    core = parts["docProps/core.xml"].decode("utf-8")
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", core)
    core = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{stamp}\g<2>", core)
    parts["docProps/core.xml"] = core.encode("utf-8")
    if tidy:
        parts = tidy(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def _drop_part(parts, name, rels="_rels/.rels"):
    """Remove a package part, its relationship and its content-type override."""
    parts.pop(name)
    r = parts[rels].decode("utf-8")
    r, k = re.subn(r'<Relationship [^>]*Target="%s"/>' % re.escape(name), "", r)
    assert k == 1, name
    parts[rels] = r.encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    ct = re.sub(r'<Override PartName="/%s"[^>]*/>' % re.escape(name), "", ct)
    parts["[Content_Types].xml"] = ct.encode("utf-8")


def docx_tidy(parts):
    """No thumbnail; docProps/app.xml names Word rather than python-docx."""
    parts = dict(parts)
    if "docProps/thumbnail.jpeg" in parts:
        _drop_part(parts, "docProps/thumbnail.jpeg")
    app = parts["docProps/app.xml"].decode("utf-8")
    app = re.sub(r"<Application>[^<]*</Application>", "<Application>Microsoft Office Word</Application>", app)
    parts["docProps/app.xml"] = app.encode("utf-8")
    return parts


# ---------------------------------------------------------------------------
# Writers (each returns bytes, or None when the needed library is missing)
# ---------------------------------------------------------------------------
TACTIQ_HEAD = "Transcript delivered by Tactiq.io - get it for your Google Meet today!"


def ts_tactiq(s: float) -> str:
    s = int(s)
    if s >= 3600:
        return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
    return f"{s // 60:02d}:{s % 60:02d}"


def write_tactiq(session) -> bytes:
    """Tactiq's Google Doc, downloaded from Drive as Plain text: UTF-8 with a BOM,
    CRLF; one line per caption line 'mm:ss Name: text'."""
    lines = [TACTIQ_HEAD, "", f"{session['datestr']} | {session['title']}",
             "Attendees: " + ", ".join(session["attendees"]), "", "Transcript"]
    for t, (a, b) in zip(turns_of(session), turn_timings(session)):
        pieces = chunks(t["text"], 30)
        for p, (pa, _) in zip(pieces, piece_times(a, b, pieces, gap=0.4)):
            lines.append(f"{ts_tactiq(pa)} {t['speaker']}: {p}")
    return ("\ufeff" + "\r\n".join(lines)).encode("utf-8")


ELAN_TIME_HEAD = ["Begin Time - hh:mm:ss.ms", "Begin Time - ss.msec", "End Time - hh:mm:ss.ms",
                  "End Time - ss.msec", "Duration - hh:mm:ss.ms", "Duration - ss.msec"]


def elan_hms(ms: int) -> str:
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def elan_ss(ms: int) -> str:
    """Java's Double.toString(ms / 1000.0) for these values ('1.2', '83.456', '0.0')."""
    return repr(ms / 1000.0)


def elan_annotations(session):
    """(begin ms, end ms, tier, text, turn index or None) in list order."""
    out, i = [], 0
    for it, (a, b) in zip(session["items"], timings(session)):
        if it.get("note"):
            out.append((int(round(a * 1000)), int(round(b * 1000)), "Notes", it["text"], None))
            continue
        pieces = chunks(it["text"], 28)
        for p, (pa, pb) in zip(pieces, piece_times(a, b, pieces, gap=0.35)):
            out.append((int(round(pa * 1000)), int(round(pb * 1000)), it["speaker"], p, i))
        i += 1
    return out


def write_elan(session) -> bytes:
    """ELAN: File > Export As > Tab-delimited Text, 'separate column for each tier',
    begin/end/duration in hh:mm:ss.ms and ss.msec; rows sorted by time; LF."""
    tiers = session["tiers"]
    anns = elan_annotations(session)
    rows = sorted(anns, key=lambda r: (r[0], tiers.index(r[2])))
    assert rows == anns, "cross-talk must not reorder the pieces of a turn"
    assert len({(r[0], r[1]) for r in rows}) == len(rows)
    out = ["\t".join(ELAN_TIME_HEAD + tiers) + "\n"]
    for bt, et, tier, text, _ in rows:
        cells = ["" for _ in tiers]
        cells[tiers.index(tier)] = text
        out.append("\t".join([elan_hms(bt), elan_ss(bt), elan_hms(et), elan_ss(et),
                              elan_hms(et - bt), elan_ss(et - bt)] + cells) + "\n")
    out.append("\n")
    return "".join(out).encode("utf-8")


def perl_round(x: float) -> int:
    """Math::Round::round: half away from zero."""
    return int(x + 0.5) if x >= 0 else -int(-x + 0.5)


def nvivo_timespan(vtt_start: str, latest: int) -> tuple[str, int]:
    """What xscript2nvivo.pl makes of a cue's start time (quantum 0.1 s, no shift)."""
    h, m, s, ms = (int(x) for x in re.match(r"(\d+):(\d+):(\d+)\.(\d+)", vtt_start).groups())
    t = int(int(ms) / 1000.0 / 0.1)
    t += s * 1.0 / 0.1
    t += m * 60.0 / 0.1
    t += h * 3600.0 / 0.1
    if t <= latest:
        t = latest + 1
    secs = t * 0.1
    hh = int(secs / 3600.0)
    secs -= hh * 3600.0
    mm = int(secs / 60.0)
    secs -= mm * 60.0
    ss = int(secs)
    secs -= ss
    frac = secs * 1000
    return "%02d:%02d:%02d.%.0f" % (hh, mm, ss, perl_round(frac / 1000.0 / 0.1)), t


def write_nvivo_tsv(session) -> bytes:
    """Teams .vtt through xscript2nvivo.pl: 'Timespan<TAB>Speaker<TAB>Content', one
    row per Teams cue, LF."""
    out = ["\t".join(("Timespan", "Speaker", "Content"))]
    latest = -0.1 / 0.1
    for t, (a, b) in zip(turns_of(session), turn_timings(session)):
        pieces = chunks(t["text"], 18)
        for p, (pa, _) in zip(pieces, piece_times(a, b, pieces, gap=0.0)):
            span, latest = nvivo_timespan(ts_vtt(pa), latest)
            out.append("\t".join((span, t["speaker"], p)))
    return ("\n".join(out) + "\n").encode("utf-8")


JITSI_ROOM = "hollowmereparking02@conference.meet.hollowmere-insight.org.uk"


def jitsi_time(s: float) -> str:
    """Java's MEDIUM localized time, en-US, UTC: '10:02:15 AM'."""
    s = int(s)
    h, m, sec = s // 3600 % 24, s % 3600 // 60, s % 60
    return f"{(h % 12) or 12}:{m:02d}:{sec:02d} {'AM' if h < 12 else 'PM'}"


def jigasi_wrap(s: str, maximum: int, indent: int) -> str:
    """Jigasi's formatToMaximumLineLength (trailing spaces included)."""
    tokens = [x for x in re.split(" +", s)]
    while tokens and tokens[-1] == "":
        tokens.pop()
    if not tokens:
        return ""
    if len(tokens) == 1:
        return tokens[0]
    out, cur = [], 0
    for tok in tokens:
        if cur + len(tok) > maximum or tok == "\n":
            out.append("\n" + " " * indent)
            cur = indent
        out.append(tok)
        cur += len(tok)
        if cur < maximum:
            out.append(" ")
            cur += 1
    return "".join(out)


def write_jitsi(session) -> bytes:
    """Jigasi's local transcript file (LocalTxtTranscriptHandler), LF."""
    clock = session["clock"]
    date = session["datestr"]
    first = session["present"]
    tms = turn_timings(session)
    events = [f"<{jitsi_time(clock + 5)}> {spk} joined the conference"
              for spk in dict.fromkeys(t["speaker"] for t in turns_of(session)) if spk not in first]
    for k, (t, (a, b)) in enumerate(zip(turns_of(session), tms)):
        pieces = chunks(t["text"], 24)
        if k in session.get("empty_results", ()):
            events.append(jigasi_wrap(f"<{jitsi_time(clock + a - 0.4)}> {t['speaker']}: ", 80, 0))
        for p, (pa, pb) in zip(pieces, piece_times(a, b, pieces, gap=0.6)):
            base = f"<{jitsi_time(clock + pb)}> {t['speaker']}"
            events.append(jigasi_wrap(f"{base}: {p}", 80, len(base) + 2))
    end = tms[-1][1]
    events.append(f"<{jitsi_time(clock + end + 3)}> {session['leaver']} left the conference")
    delim = "_" * 80 + "\n"
    head = (f"Transcript of conference held at {date} in room {JITSI_ROOM}\n"
            f"Initial people present at {jitsi_time(clock)}:\n"
            + "\t" + "\n\t".join(first) + "\n" + "\n"
            + f"Transcript, started at {jitsi_time(clock)}:\n" + delim)
    foot = delim + "\n" + f"\nEnd of transcript at {date}, {jitsi_time(clock + end + 8)}"
    return (head + "".join(e + "\n" for e in events) + foot).encode("utf-8")


def aws_time(s: float) -> str:
    """tscribe's convert_time_stamp: whole seconds, '%H:%M:%S'."""
    td = _dt.timedelta(seconds=float(s))
    td = td - _dt.timedelta(microseconds=td.microseconds)
    return _dt.datetime.strptime(str(td), "%H:%M:%S").strftime("%H:%M:%S")


def write_tscribe_csv(session) -> bytes:
    """Amazon Transcribe JSON through tscribe.write(format='csv'): pandas to_csv with
    its index column, one row per speaker segment; run on Windows, so CRLF."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["", "start_time", "end_time", "speaker", "comment"])
    n = 0
    for t, (a, b) in zip(turns_of(session), turn_timings(session)):
        pieces = chunks(t["text"], 38)
        for p, (pa, pb) in zip(pieces, piece_times(a, b, pieces, gap=0.9)):
            w.writerow([n, aws_time(pa), aws_time(pb), t["speaker"], p])
            n += 1
    return buf.getvalue().encode("utf-8")


PDF_HEADER = "Scribewell Transcription Services Ref: SW-25-4471"
PDF_FOOTER = "Confidential Page {} of {}"


def pdf_body_lines(session) -> list[str]:
    lines = list(session["title_block"])
    for t in turns_of(session):
        para = f"{t['speaker']}: {norm(t['text'])}"
        lines += textwrap.wrap(para, width=92, break_long_words=False, break_on_hyphens=False)
    return lines


def write_pdf_paste(session) -> bytes:
    """Copied out of the agency's PDF (Word line numbering, restarting on each page;
    running header and footer) and saved from Notepad: UTF-8, CRLF."""
    body = pdf_body_lines(session)
    per = 46
    pages = [body[i:i + per] for i in range(0, len(body), per)]
    out = []
    for k, page in enumerate(pages, start=1):
        out.append(PDF_HEADER)
        out += [f"{n} {line}" for n, line in enumerate(page, start=1)]
        out.append(PDF_FOOTER.format(k, len(pages)))
    return "\r\n".join(out).encode("utf-8")


def write_typed_docx(session) -> bytes | None:
    """Typed in Word: bold initials and a colon, the time the turn ends on the
    recording in square brackets at the end, an empty paragraph between turns."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    r = d.add_paragraph().add_run(session["title"])
    r.bold = True
    r.font.size = Pt(14)
    for line in session["meta"]:
        d.add_paragraph(line)
    d.add_paragraph()
    for t, (a, b) in zip(turns_of(session), turn_timings(session)):
        paras = [norm(p) for p in t["text"].split("\n\n")]
        for j, p in enumerate(paras):
            par = d.add_paragraph()
            if j == 0:
                par.add_run(f"{t['speaker']}:").bold = True
                p = " " + p
            if j == len(paras) - 1:
                p += f" [{ts_hms(b)}]"
            par.add_run(p)
        d.add_paragraph()
    cp = d.core_properties
    cp.author = cp.last_modified_by = "Hannah Whitcombe"
    cp.title = cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.revision = 3
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], docx_tidy)


def write_teams_formatter(session) -> bytes:
    """teams-transcript-formatter, default template '{prefix}{speaker} | {speech} |
    {timestamp}': adjacent cues of one speaker merged, the first cue's start time,
    entries separated by a blank line, no final newline; run on a Mac, so LF."""
    out = []
    for t, (a, _) in zip(turns_of(session), turn_timings(session)):
        out.append(f"{t['speaker']} | {norm(t['text'])} | {ts_vtt(a)[:8]}")
    return "\n\n".join(out).encode("utf-8")


WRITERS = dict(tactiq=write_tactiq, elan=write_elan, nvivo_tsv=write_nvivo_tsv,
               jitsi=write_jitsi, tscribe_csv=write_tscribe_csv, pdf_paste=write_pdf_paste,
               typed_docx=write_typed_docx, teams_formatter=write_teams_formatter)
NEEDS = dict(typed_docx="docx")


# ---------------------------------------------------------------------------
# Minimal parsers, one per format: (speaker, text) per turn, consecutive pieces
# of one speaker merged
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


def parse_tactiq(data: bytes):
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")
    start = lines.index("Transcript") + 1
    pairs = []
    for line in lines[start:]:
        m = re.fullmatch(r"(\d+:\d\d(?::\d\d)?) (.+?): (.*)", line)
        assert m, line
        pairs.append((m.group(2), m.group(3)))
    return _merge(pairs)


def parse_elan(data: bytes):
    text = data.decode("utf-8")
    rows = text.split("\n")
    head = rows[0].split("\t")
    assert head[:6] == ELAN_TIME_HEAD
    tiers = head[6:]
    assert rows[-2:] == ["", ""]
    pairs = []
    for r in rows[1:-2]:
        cells = r.split("\t")[6:]
        assert len(cells) == len(tiers)
        filled = [(tiers[i], c) for i, c in enumerate(cells) if c]
        assert len(filled) == 1, r
        if filled[0][0] != "Notes":
            pairs.append(filled[0])
    return _merge(pairs)


def parse_nvivo_tsv(data: bytes):
    rows = list(csv.reader(io.StringIO(data.decode("utf-8")), delimiter="\t"))
    assert rows[0] == ["Timespan", "Speaker", "Content"]
    return _merge([(r[1], r[2]) for r in rows[1:]])


def parse_jitsi(data: bytes):
    lines = data.decode("utf-8").split("\n")
    delim = "_" * 80
    a = lines.index(delim)
    b = len(lines) - 1 - lines[::-1].index(delim)
    pairs = []
    for line in lines[a + 1:b]:
        if line.startswith(" "):
            pairs[-1] = (pairs[-1][0], pairs[-1][1] + " " + line.strip())
            continue
        m = re.fullmatch(r"<[^>]+> (.+?):(?: (.*))?", line)
        if m:
            pairs.append((m.group(1), (m.group(2) or "").strip()))
        else:
            assert re.fullmatch(r"<[^>]+> .+ (joined|left) the conference", line), line
    return _merge(pairs)


def parse_tscribe_csv(data: bytes):
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows[0] == ["", "start_time", "end_time", "speaker", "comment"]
    return _merge([(r[3], r[4]) for r in rows[1:]])


def parse_pdf_paste(data: bytes):
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")
    pairs = []
    for line in text.split("\r\n"):
        if line == PDF_HEADER or re.fullmatch(r"Confidential Page \d+ of \d+", line):
            continue
        line = re.sub(r"^\d+ ", "", line)
        m = re.match(r"(Interviewer|Respondent): (.*)", line)
        if m:
            pairs.append((m.group(1), m.group(2)))
        elif pairs:
            pairs[-1] = (pairs[-1][0], pairs[-1][1] + " " + line)
    return _merge(pairs)


def parse_typed_docx(data: bytes):
    import docx
    paras = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs if p.text.strip()]
    pairs = []
    for p in paras:
        m = re.match(r"(HW|GM): (.*)", p)
        if m:
            pairs.append([m.group(1), m.group(2)])
        elif pairs:
            pairs[-1][1] += " " + p
    out = []
    for spk, text in pairs:
        m = re.fullmatch(r"(.*) \[\d\d:\d\d:\d\d\]", text)
        assert m, text
        out.append((spk, m.group(1)))
    return _merge(out)


def parse_teams_formatter(data: bytes):
    pairs = []
    for block in data.decode("utf-8").split("\n\n"):
        m = re.fullmatch(r"(.+?) \| (.*) \| (\d\d:\d\d:\d\d)", block)
        assert m, block
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


PARSERS = dict(tactiq=parse_tactiq, elan=parse_elan, nvivo_tsv=parse_nvivo_tsv,
               jitsi=parse_jitsi, tscribe_csv=parse_tscribe_csv, pdf_paste=parse_pdf_paste,
               typed_docx=parse_typed_docx, teams_formatter=parse_teams_formatter)


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


# ---------------------------------------------------------------------------
# Session settings
# ---------------------------------------------------------------------------
SESSIONS = [
    dict(file="focus-group-1.txt", fmt="tactiq", items=FG1, seed=6101, start=4.0,
         rate=2.4, pause=(0.8, 3.0), datestr="4 Nov 2025",
         title="Parking permits \u2013 residents' group (online)",
         attendees=[HWM, SAM, AR, TG, DM, LP, NO]),
    dict(file="focus-group-2.txt", fmt="elan", items=FG2, seed=6102, start=3.2,
         rate=2.3, pause=(0.6, 2.6), tiers=[FAC, HNT, CA, WI, KA, GA, FA, "Notes"]),
    dict(file="interview-1.tsv", fmt="nvivo_tsv", items=INT1, seed=6103, start=6.4,
         rate=2.5, pause=(0.7, 2.4)),
    dict(file="interview-2.txt", fmt="jitsi", items=INT2, seed=6104, start=9.0,
         rate=2.4, pause=(0.9, 2.8), clock=10 * 3600 + 1 * 60 + 47, datestr="Nov 12, 2025",
         present=[HWJ], leaver=OB, empty_results={1, 20}),
    dict(file="interview-3.csv", fmt="tscribe_csv", items=INT3, seed=6105, start=1.6,
         rate=2.5, pause=(0.6, 2.2)),
    dict(file="interview-4.txt", fmt="pdf_paste", items=INT4, seed=6106, start=0.0,
         rate=2.0, pause=(1.0, 3.0),
         title_block=["TRANSCRIPT",
                      "Client: London Borough of Hollowmere \u2013 Customer Insight Team",
                      "Project: Resident and visitor parking permits",
                      "Recording: INT04_071125.m4a (41 minutes)",
                      "Date of interview: 7 November 2025",
                      "Style: intelligent verbatim. Speakers: Interviewer (Hannah Whitcombe, LBH); Respondent",
                      "Transcriber: SW-T17 Checked: SW-Q03"]),
    dict(file="interview-5.docx", fmt="typed_docx", items=INT5, seed=6107, start=2.0,
         rate=2.3, pause=(0.8, 2.6),
         title="Interview 5 \u2013 Grace, independent carer",
         meta=["Monday 10 November 2025, Costa on Ashgrove High Street. "
               "HW = Hannah Whitcombe (interviewer), GM = Grace Mensah.",
               "Typed up from the phone recording (47 min). The time in brackets is where "
               "each turn ends on the recording."],
         epoch=_dt.datetime(2025, 11, 12, 16, 40, 0)),
    dict(file="interview-6.txt", fmt="teams_formatter", items=INT6, seed=6108, start=3.1,
         rate=2.5, pause=(0.7, 2.5)),
]
WORD_TYPED = {"pdf_paste", "typed_docx"}   # Word's AutoFormat: curly quotes, en dashes


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
        turns = turns_of(s)
        if s["fmt"] in WORD_TYPED:
            for t in turns:
                t["text"] = smarten(t["text"])
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            used.add(spk)
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"] or s["fmt"] == "typed_docx", t["text"][:40]
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
        w.writerow(["speaker", "segment", "area", "household", "situation"])
        for prow in PARTICIPANTS:
            assert not any(";" in x or '"' in x for x in prow), prow
        w.writerows(PARTICIPANTS)

    # summary
    print(f"{len(SESSIONS)} sessions, {sum(len(turns_of(s)) for s in SESSIONS)} turns, "
          f"{len(rows)} participant turns")
    for s in SESSIONS:
        ts = turns_of(s)
        n_p = sum(1 for t in ts if not t["mod"])
        words = sum(len(norm(t["text"]).split()) for t in ts if not t["mod"])
        end = turn_timings(s)[-1][1]
        print(f"  {s['file']}: {len(ts)} turns ({n_p} participant, {words} words), "
              f"ends {ts_hms(end)}")
    for name, col in (("themes", 3), ("stages", 4), ("kinds", 6), ("sentiment", 5)):
        c = Counter(r[col] if r[col] != "" else "(none)" for r in rows)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    per = defaultdict(Counter)
    for r in rows:
        if r[3]:
            per[r[3]][r[4]] += 1
    sizes = sorted((sum(c.values()), th) for th, c in per.items())
    for th, c in sorted(per.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {th} {sum(c.values())}: " + ", ".join(f"{st} {c[st]}" for st in STAGES if c[st]))
    print(f"largest / smallest theme: {sizes[-1][0]} / {sizes[0][0]} = {sizes[-1][0] / sizes[0][0]:.2f}")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("round trip: all transcripts parse back to the gold turns (0 mismatches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
