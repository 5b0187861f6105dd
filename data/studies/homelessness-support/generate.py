#!/usr/bin/env python3
"""Generate the fictional study of becoming homeless and being rehoused in the fictional
Brackenford Borough Council (housing options and homelessness service, Housing Act 1996
Part 7 as amended by the Homelessness Reduction Act 2017): transcripts, gold.csv,
codebook.csv and transcripts/participants.csv, all from the session lists in this file.

Python 3.11, standard library, plus python-docx (the .docx) and openpyxl (the .xlsx).
Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer /
note-taker turn, P(speaker, text, theme, stage, sentiment, kind) for a participant
turn, B() for a participant backchannel, reaction, small talk or thanks (no theme, no
stage). Transcript files and gold rows are written from the same list, so turn indices
cannot drift. How a turn is cut into pieces (spreadsheet rows, Zoom cues, Teams entries,
PDF pages) is decided by the writer of each layout; the gold keeps one row per turn.
After writing, every file is parsed back with a minimal parser for its layout and
compared with the list (turn index, speaker, text), and every codebook example must be
an exact excerpt of a participant turn coded with that theme and of no turn coded
otherwise.

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
NEED, FIND, APPLY, PROC, DEC, USE, FOLL = STAGES


def M(speaker, text, **opts):
    """Moderator / interviewer / co-facilitator turn (no gold row)."""
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
CT = "crisis_trigger"
FH = "finding_help"
FC = "first_contact"
EV = "evidence"
AS = "assessment_plan"
PR = "prevention_relief"
TA = "temporary_accommodation"
OC = "officer_contact"
DR = "decisions_reviews"
MO = "move_on"
TS = "tenancy_sustainment"
CF = "children_family"

# ---------------------------------------------------------------------------
# Speaker labels, exactly as each file writes them (see README)
# ---------------------------------------------------------------------------
FAC, COF = "Fac", "Co-fac"                                        # FG1 Excel log (seat plan)
S1, S2, S3, S4, S5, S6 = (f"Seat {i}" for i in range(1, 7))
CPZ, NF = "Claire Penhaligon", "Nicola Fairbairn"                 # Zoom display names (FG2)
JM, SH, KB, TN, BO = ("Jade Mitchell", "Samira H", "Kelly Brennan", "Tomasz Nowak",
                      "Bernadette O'Leary")
CPT, JF = "Claire Penhaligon", "Joanne Feltham"                   # Teams via Graph (INT1)
CL, KAY = "Claire", "Kayleigh"                                    # formatter --rename (INT2)
SP0, SP1 = "Speaker 0", "Speaker 1"                               # Rev.ai text (INT3)
ME, LEAH = "Me", "Leah"                                           # typed live in Excel (INT4)
KIR = "Kirsty"                                                    # Word Q&A table (INT5)
INT, RESP = "Int", "Resp"                                         # agency transcript (INT6)

PARTICIPANTS = [
    # speaker, segment, household, age_group, route_in
    (FAC, "moderator", "", "", ""),
    (COF, "moderator", "", "", ""),
    (CPZ, "moderator", "", "", ""),
    (NF, "moderator", "", "", ""),
    (CL, "moderator", "", "", ""),
    (SP0, "moderator", "", "", ""),
    (ME, "moderator", "", "", ""),
    (INT, "moderator", "", "", ""),
    (S1, "single adult", "single", "45-64",
     "section 21 from a private let of nine years; sister's box room, then Quayside House hostel"),
    (S2, "single adult", "single", "45-64",
     "discharged from Brackenford General after a fall with nowhere to go; duty to refer; the Bellview B&B"),
    (S3, "single adult", "single", "30-44",
     "released from HMP Fenbridge on a Friday; duty to refer from probation; St Aidan's night shelter"),
    (S4, "single adult", "single", "18-29",
     "asked to leave by his mother; sofa-surfing; not in priority need; review pending"),
    (S5, "single adult", "single", "30-44",
     "lost a hotel job and the room that went with it; EU settled status; now in a private let"),
    (S6, "single adult", "single", "65+",
     "section 21 after 22 years when the landlord died; main duty; studio out of borough; refused a final offer"),
    (JM, "parent", "mother, three children", "18-29",
     "section 21; temporary flat in Shepcote fourteen miles from school"),
    (SH, "parent", "mother, two children", "30-44",
     "fled domestic abuse; refuge in another county; family hostel Rowan Lodge"),
    (KB, "parent", "mother, one child", "18-29",
     "asked to leave by her mother; the Bellview B&B with a two-year-old for nine weeks"),
    (TN, "parent", "father, two children", "30-44",
     "section 8 for rent arrears; found intentionally homeless, overturned on review; private let"),
    (BO, "parent", "mother, one child", "45-64",
     "home repossessed after a divorce; a year in temporary accommodation; council flat"),
    (JF, "council officer", "", "",
     "housing options officer, eleven years in the team, caseload of sixty-one"),
    (KAY, "care leaver", "single", "18-29",
     "supported lodgings ended; joint protocol referral; hostel, then a council flat"),
    (SP1, "support worker", "", "",
     "housing support worker at Open Door day centre for six years; advice and outreach"),
    (LEAH, "domestic abuse survivor", "mother, one child", "30-44",
     "fled to a refuge, came back to Brackenford; temporary flat; main duty accepted"),
    (KIR, "parent", "mother, two children", "30-44",
     "section 21 after refusing a rent rise; one week in B&B, then a flat out of borough"),
    (RESP, "single adult", "single", "45-64",
     "asked to leave by his partner; slept in his van; not in priority need; private let via the landlord list"),
]

# ---------------------------------------------------------------------------
# Session 1: focus-group-1.xlsx. In person, Open Door day centre (the meeting room
# behind the kitchen), Tuesday 11 November 2025, 14:05. Single adults. Recorded on a
# dictaphone; the co-facilitator (Dev Raman) logged who spoke by seat number during the
# session and typed the talk in from the recording the next day, in his own Excel log
# (a seating plan on the first sheet). Guide chronological: the trigger, finding help,
# first contact, assessment and plan, prevention, decisions, where people stayed,
# contact, decisions again, moving on, afterwards, one change each.
# ---------------------------------------------------------------------------
FG1 = [
    M(FAC, "Right, I think we're recording. Thanks ever so much for coming, and thanks to Open Door for the room and the biscuits. I'm Claire, I work for the council but not in housing, I'm in the team that tries to find out what it's actually like using our services. Dev's taking notes. Nothing you say goes back on your case, and we won't use your names. Can we go round, first name and a bit about how you ended up needing help with housing?"),
    P(S1, "I'll go. Darren. I was in a private let on the Millfield estate for nine years, never missed the rent once, and then the landlord's selling, so I got a section 21. Two months' notice. That was February.", CT, NEED, 0, "neutral"),
    P(S2, "Marcia. I had a fall at home last autumn and I was in Brackenford General for five weeks, and while I was in there the woman I rented my room off said she couldn't have me back, not with the stairs. So they discharged me with nowhere. That's me.", CT, NEED, 0, "neutral"),
    P(S3, "Wayne. I came out of Fenbridge in June. Did eighteen months. I had a flat before I went in but obviously that went while I was inside.", CT, NEED, 0, "neutral"),
    P(S4, "Lee. My mum kicked me out, basically. Me and her boyfriend don't get on. I was sofa-surfing for about four months before anyone even knew.", CT, NEED, 0, "neutral"),
    P(S5, "I am Agnieszka. I worked at the Kingsway Hotel, in housekeeping, and the job had a room with it. When they cut the staff I lost the job and the room on the same day.", CT, NEED, 0, "neutral"),
    P(S6, "Stuart. I'm sixty-three. Twenty-two years in the same house on Lowther Road, same landlord, and then he died and the son wanted it sold. Section 21 as well, like Darren.", CT, NEED, 0, "neutral"),
    B(S1, "Welcome to the club."),
    M(FAC, "Thank you, all of you. So let's start right at the start. When you first realised you might lose your home, what did you do? Where did you go?"),
    P(S1, "Honestly? Nothing, for the first month. I thought a section 21, that's just a letter, he can't actually put me out. And a mate said stay put till the bailiffs come, the council won't touch you till then. Worst advice I ever took.", FH, FIND, -1, "pain"),
    P(S6, "See, I was told the same thing. Wait for the court papers. And then when I did ring the council the lady said, why didn't you come to us the day you got the notice? So which is it?", FH, FIND, -1, "question"),
    M(FAC, "That seems to be a really common mix-up. What did you find when you looked for help?"),
    P(S4, "I googled homeless Brackenford on my phone and the council page was, like, a wall of text. Housing Act, prevention duty, relief duty. I didn't even know if I was homeless, because I was on my mate's sofa. I thought homeless means on the street.", FH, FIND, -1, "pain"),
    P(S5, "For me the website was okay, it was the words. I read English fine, but prevention duty, relief duty, I put it in the translator and it was still not clear what I must do.", FH, FIND, -1, "pain"),
    P(S2, "I didn't look for anything, I was in a hospital bed. The discharge nurse said she'd done a referral to the council, the duty to refer thing, and somebody would ring me.", FC, APPLY, 0, "neutral"),
    M(FAC, "And did somebody ring you?"),
    P(S2, "Eventually. The day I was discharged. I was sat in the discharge lounge with my bag and a walking frame at four o'clock and a man from housing rang and said the only thing we've got today is the Bellview. And then a taxi came.", FC, APPLY, -1, "pain"),
    B(S4, "The Bellview. God."),
    P(S3, "Mine was the same kind of thing. Probation said they'd done the referral before I got out. I came out on a Friday, rang the number, and the housing line shuts at half four, so I got the out of hours number, and they said ring back Monday and gave me the night shelter.", FC, APPLY, -1, "pain"),
    M(FAC, "So the referral had gone in, but nothing was ready on the day."),
    P(S3, "Nothing. I had my discharge grant, which is about eighty quid, and a bin bag with my stuff in. Friday release, you're done for. Everyone inside knows that.", FC, APPLY, -1, "pain"),
    M(FAC, "Darren, Stuart, you both had section 21s. How did you get in touch in the end?"),
    P(S1, "The online form. You go on the council site and there's a form, Housing Options something, and it's about forty questions. It wanted my National Insurance number, every address for five years, my income, it wanted the notice uploaded. I did it on my phone at work on my break and it timed out halfway through.", FC, APPLY, -1, "pain"),
    B(S6, "It does that."),
    P(S1, "So I did it all again that night. Then I got an email saying thank you, we aim to contact you within ten working days. Ten working days, when you've got seven weeks left.", FC, APPLY, -1, "pain"),
    P(S6, "I couldn't do the form. I'm not on the internet, not properly. I went down the Civic Centre in person and the lad on reception said it's all online now, there's a computer over there. So I sat at the computer in the foyer with another lad helping me who was on his lunch.", FC, APPLY, -1, "pain"),
    M(FAC, "Was that a council officer helping you?"),
    P(S6, "No, I think he was from the Jobcentre, he'd come in for something else. Nice lad. Council never found out.", FC, APPLY, 0, "neutral"),
    B(S4, "Give him a job."),
    M(FAC, "Agnieszka, what about you?"),
    P(S5, "I came to Open Door first, here, because my friend said they help everybody. And Femi sat with me and phoned the council with me, on the speaker, and they gave an appointment the same week. Without him I don't think so.", FH, FIND, 1, "praise"),
    P(S3, "Can I just say, for me the first problem was ID. Everything I owned went in a bin bag when I went inside and my sister threw half of it out. No passport, no driving licence. They wanted ID before they'd do anything, and you need ID to get ID.", EV, APPLY, -1, "pain"),
    M(FAC, "Let's talk about the assessment, the first time you properly sat down with someone. What was that like?"),
    P(S1, "It was on the phone in the end. An hour and a quarter. She was nice enough, but it was the same questions as the form. Every address again. I said, it's all on the form, and she said I have to go through it with you.", AS, PROC, -1, "pain"),
    P(S2, "Mine was in the Bellview, in the room, on my mobile. I had to sit on the bed because there wasn't a chair. The officer was kind, I'll give her that, she was patient with me.", AS, PROC, 0, "praise"),
    M(FAC, "Did anyone get a personalised housing plan afterwards? It's the document that says what you'll do and what the council will do."),
    P(S1, "Oh, the plan. Yeah. It came by email, six pages. My steps: look for private rented accommodation, use Rightmove and Zoopla, register with letting agents, ask friends and family. The council's steps: provide advice. That's it. Provide advice.", AS, PROC, -1, "pain"),
    B(S3, "Provide advice."),
    P(S6, "I never got one. Or if I did, it went to an email I don't check.", AS, PROC, -1, "pain"),
    P(S5, "I got it and I was happy, honestly, because it was the first time something was written down. What I do, what they do, the dates. For me it helped.", AS, PROC, 1, "praise"),
    M(FAC, "That's interesting, so for some of you the plan was useful. Darren, what did you want yours to say?"),
    P(S1, "Something the council would actually do. Like, we'll ring your landlord. We'll look at the bond scheme for you. Not just, here's Rightmove, good luck.", AS, PROC, -1, "suggestion"),
    M(FAC, "Did anyone talk to your landlord, to try and keep you where you were?"),
    P(S6, "They did, I'll say that. An officer rang the son and asked if he'd give me longer, and he gave me an extra six weeks. He wasn't going to change his mind about selling, but six weeks is six weeks.", PR, PROC, 1, "praise"),
    P(S1, "Nobody rang mine. I asked, and they said the landlord's within his rights. Which, yeah, I know he is. I wasn't asking them to stop it, I was asking for time.", PR, PROC, -1, "pain"),
    M(FAC, "What about help with money, like rent in advance or a deposit?"),
    P(S5, "They told me about a bond scheme. The council gives a paper to the landlord, like a guarantee instead of the deposit money. But every agent I rang said no bond schemes, no DSS. They don't say DSS any more but they mean it.", PR, PROC, -1, "pain"),
    P(S4, "I never even got to that bit. They said I wasn't in priority need, so it was, you know, here's a list of hostels.", DR, DEC, -1, "pain"),
    M(FAC, "Who told you that, Lee? Was it in a letter?"),
    P(S4, "Both. She said it on the phone and then a letter came, three pages, and the bit that mattered was one line. You are not in priority need. I had to get Femi to explain the rest of it.", DR, DEC, -1, "pain"),
    P(S3, "Funny thing is, they said I was in priority need, because of being in prison, vulnerable, and I'm a grown man. And Lee's twenty-six and sleeping on floors. Makes no sense to me.", DR, DEC, -1, "pain"),
    M(FAC, "Let's talk about where you stayed while all this was going on. Marcia, you mentioned the Bellview."),
    P(S2, "Seven weeks. One room, second floor, no lift, and me with a frame. The bathroom was down the corridor and shared with five men. I'm not being funny, but at my age.", TA, PROC, -1, "pain"),
    B(S6, "That's not right, that."),
    P(S2, "And you can't cook. There's a kettle. I lived on soup in a cup and whatever the Open Door van brought round.", TA, PROC, -1, "pain"),
    P(S3, "The night shelter was all right for what it is. Camp beds in the church hall at St Aidan's, out by eight in the morning, back at seven at night. They were good people. But you can't live like that, carrying everything you own round all day.", TA, PROC, 0, "pain"),
    M(FAC, "Darren, where did you go when the notice ran out?"),
    P(S1, "My sister's box room for a month, then the council put me in Quayside House, the hostel by the canal. I'm still there. Twenty-three weeks now.", TA, PROC, 0, "neutral"),
    M(FAC, "What's it like?"),
    P(S1, "The staff are decent. It's the other residents. There's a lot of drugs, people kicking doors at three in the morning. I work, I start at seven. I've been late four times because I've had no sleep, and I've had a warning at work.", TA, PROC, -1, "pain"),
    P(S4, "I'm at Quayside too. It's not that bad. Better than my mate's sofa with his dog lying on my legs.", TA, PROC, 0, "neutral"),
    B(S3, "You're young, mate."),
    P(S1, "And my daughter used to stay with me every other weekend. She's nine. She can't come to Quayside, no visitors under eighteen, so now I see her in McDonald's on a Saturday for two hours.", CF, PROC, -1, "pain"),
    M(FAC, "Did anyone tell you how long you'd be in the hostel or the B&B?"),
    P(S2, "No. Every time I rang I got someone different and they'd say it's with your officer. Who's my officer? I had three in seven weeks.", OC, PROC, -1, "pain"),
    P(S5, "My officer was Joanne and she was very good, she answered emails the same day, even late at night. But then she was off sick and nobody had my case for two weeks.", OC, PROC, 0, "pain"),
    P(S6, "You don't know who to ring, that's the thing. The main number, you're in a queue, you are number fourteen in the queue, and then it cuts off at five.", OC, PROC, -1, "pain"),
    M(COF, "Can I just jump in quickly? When you did get through, did anyone explain what happens next? Like the steps?"),
    P(S3, "Not really, no. You pick it up off the other lads at the shelter. One of them had been through it twice, he knew more than the council did.", OC, PROC, -1, "pain"),
    P(S5, "Joanne explained. She drew it on a paper for me, the prevention, then the relief, then the decision. Fifty-six days, fifty-six days. I still have the paper.", OC, PROC, 1, "praise"),
    M(FAC, "Let's move on to decisions. Has anyone had a decision letter, or asked for a review?"),
    P(S6, "I got the main duty one. They accepted me, because of my age and my heart. The letter said we are satisfied that you are eligible, homeless, in priority need and not intentionally homeless. I had to read it three times to know if it was good news.", DR, DEC, 0, "pain"),
    B(S2, "Was it good news?"),
    P(S6, "It was. Apparently. That was five months ago and I'm still in a studio flat in Shepcote, fourteen miles away, where I don't know a soul. So good news, but.", TA, PROC, -1, "pain"),
    P(S1, "I've not had a decision yet. Twenty-three weeks. Every time I ask, they say it's with a senior officer.", DR, PROC, -1, "pain"),
    P(S4, "I asked for a review of mine. Femi did it with me. You've got twenty-one days, and nobody tells you that, it's on the back page of the letter in small writing.", DR, DEC, -1, "pain"),
    M(FAC, "What happened with the review?"),
    P(S4, "Still waiting. Eight weeks. They're meant to do it in eight weeks, so, any day now.", DR, DEC, -1, "pain", note="laughter"),
    M(FAC, "Stuart, you're out in Shepcote. Has anyone here moved on to somewhere more settled?"),
    P(S5, "Me. I have a flat now, for three weeks, private, in Northgate. The council paid the first month and the bond, and they found the landlord, they have a list of landlords who work with them.", MO, USE, 1, "praise"),
    P(S5, "It is small, and it is above a takeaway, so everything smells of chips. But it's mine, I have a key.", MO, USE, 1, "praise", note="laughter"),
    B(S1, "Fair play."),
    P(S6, "See, I'd take that. I'd take anything by now. But they offered me a flat in Shepcote, permanent, and all my doctors are here, my daughter's here, and I haven't got a car. I turned it down and they said that might be the end of their duty.", MO, DEC, -1, "pain"),
    M(FAC, "Did anyone explain what turning it down could mean before you did?"),
    P(S6, "The letter did, afterwards. Final offer, it said. Nobody said the word final on the phone.", DR, DEC, -1, "pain"),
    M(FAC, "Agnieszka, since you moved in, has anyone been in touch?"),
    P(S5, "Yes, a tenancy sustainment officer, Paul. He came twice, he helped me with the Universal Credit change of address and a form for a cooker. Now he says he will close my case next month. I am a bit scared of that, to be honest.", TS, FOLL, 0, "praise"),
    P(S1, "That's what I worry about. Even when I get somewhere it'll be a private let, and what's to stop it happening again in two years? Another section 21, back to square one.", TS, FOLL, -1, "pain"),
    P(S6, "They're getting rid of section 21 anyway, aren't they? I read that somewhere.", TS, FOLL, 0, "question"),
    M(FAC, "Honestly, I don't know the details well enough to say, and I'd rather not guess. Let's do a last round. If you could change one thing about how the council helped you, what would it be?"),
    P(S2, "Don't discharge somebody from hospital at four o'clock with a frame to a room up two flights of stairs. Ask where they're going before they go.", FC, APPLY, -1, "suggestion"),
    P(S3, "Have something ready on the day you come out. You know the date. They know the date. Everyone knows the date.", FC, APPLY, -1, "suggestion"),
    P(S4, "Explain it like a normal person. Just say, you're not getting a flat, but here's what we can do. I'd rather know.", DR, DEC, 0, "suggestion"),
    P(S5, "One person. One person who has my case from the start to the end, and when they are sick, another one who knows it.", OC, PROC, 0, "suggestion"),
    P(S1, "Ring the landlord. Do something, don't just send me to Rightmove.", PR, PROC, -1, "suggestion"),
    P(S6, "A phone number that a human being answers. That's all. I'm not asking for the moon.", OC, PROC, -1, "suggestion"),
    M(FAC, "Thank you, all of you. That's really, really helpful, and I know some of it wasn't easy to talk about. Dev's got the vouchers."),
    B(S2, "Thank you, love. It's nice to be asked.", 1, "praise"),
    B(S3, "Cheers.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 2: focus-group-2.docx. Online, on Harbour Women's Aid's Zoom account (the
# charity co-hosted), Thursday 13 November 2025, 19:30. Parents. Zoom's cloud
# recording "audio transcript" (.vtt) was downloaded by Nicola Fairbairn (Harbour),
# opened in Word, given a heading and saved as .docx to send to the council. The guide
# starts in the present ("where are you staying tonight?"), goes back to how it started
# and where people found out, then evidence and local connection, first contact,
# decision letters, suitability, offers, officers, life after moving in, what would
# make the waiting easier, one thing for the council.
# ---------------------------------------------------------------------------
FG2 = [
    M(CPZ, "Okay, I think that's everyone. Kelly, you're on mute, I think. No, you're fine. Hi everyone, I'm Claire from Brackenford Council's customer insight team, and this is Nicola from Harbour, who some of you know already. It's being recorded and transcribed, just for us, and we'll change your names. We're going to do this a bit backwards tonight. I want to start with where you are right now. So, where are you staying at the moment, and what's it like? Jade, do you want to start?"),
    P(JM, "Yeah, hi. So I'm in a flat in Shepcote, temporary, me and my three kids. Two bedrooms, which is fine. It's just that it's fourteen miles from their school and I haven't got a car.", TA, PROC, -1, "pain"),
    P(SH, "I'm in a hostel for families, Rowan Lodge. One room, me and my two boys. It's clean, the staff are kind. But one room, you know. My eldest is eleven.", TA, PROC, 0, "pain"),
    P(KB, "I'm still in the B&B. The Bellview. With Mason, he's two. Nine weeks now.", TA, PROC, -1, "pain"),
    B(JM, "Nine weeks, Kelly?"),
    P(KB, "Nine weeks on Sunday. I thought they weren't allowed to keep you more than six with kids.", TA, PROC, -1, "question"),
    M(CPZ, "I'll be honest, I don't want to give you the wrong answer on the rules tonight, but I've written it down and we'll come back to you on it."),
    P(TN, "Tomasz. I am with my two daughters in a private flat now, in Brackenford, since August. So I am at the end, not the middle. But I was in the Bellview also, for four months.", MO, USE, 0, "neutral"),
    P(BO, "Bernadette. I'm in a council flat on the Millfield since October, me and my son Ryan, he's sixteen. Before that a year in temporary. So, like Tomasz, out the other side. Mostly.", MO, USE, 0, "neutral"),
    M(CPZ, "Thanks. Let's stay with now for a minute. Kelly, what's the B&B like with a two-year-old?"),
    P(KB, "One room. A double bed, a travel cot, a kettle, and the microwave's on the floor because there's no table. Mason learnt to walk in that room. There's nowhere to put him down that isn't the bed.", CF, PROC, -1, "pain"),
    P(SH, "The kitchen at Rowan Lodge is shared with six families and you get a slot. Our slot is half past five. My boys are hungry at four. So it's crisps until then.", TA, PROC, -1, "pain"),
    P(JM, "Ours has a kitchen, I'm lucky there. It's the getting to school. It's two buses there, and I do it twice because the little one's at nursery in Brackenford as well. I'm on buses four hours a day.", CF, PROC, -1, "pain"),
    M(NF, "Have the schools been told, Jade?"),
    P(JM, "The school's been brilliant. They give Kacey breakfast club for free and they don't mark her late if the bus is late. It's the council that just says, well, you can apply for a school in Shepcote. She's in year six! I'm not moving her for her last year.", CF, PROC, 0, "pain"),
    M(CPZ, "Let's go right back. How did it start for each of you? Samira, you don't have to say any more than you want to."),
    P(SH, "It's okay. I left my husband in March. I had a plan with Harbour, Nicola's team. We left on a Tuesday when he was at work, with two bags and the boys' school uniforms.", CT, NEED, 0, "neutral"),
    B(BO, "Good for you, love."),
    P(SH, "Thank you. We were in a refuge in another county for three months, and then I wanted to come back near my sister, to Brackenford. And that's when it started with the council.", CT, NEED, 0, "neutral"),
    P(KB, "Mine's boring. My mum said I had to go. Me and Mason were in my old bedroom, she'd had enough, her partner had had enough. She wrote a letter for the council saying I had to be out by the end of the month.", CT, NEED, 0, "neutral"),
    P(TN, "For me, rent arrears. I lost hours at work in the winter, I was behind two months, and the landlord went to court. Section 8, not section 21. I tried to pay it back, but he wanted us out.", CT, NEED, 0, "neutral"),
    P(BO, "We had our own house. Then the divorce, and I couldn't keep the mortgage up on my own, and the bank took it back. I never thought I'd be somebody talking to the homeless team. I'm a dinner lady.", CT, NEED, 0, "neutral"),
    M(CPZ, "And how did you know to go to the council? Where did you find out?"),
    P(BO, "Shelter's website. I typed repossession, what happens to me, into Google at work and Shelter came up. It told me more than the council's own page did.", FH, FIND, 0, "praise"),
    P(TN, "The court. With the court letter there was a paper, a list, and one was the council housing options. Also the duty solicitor at the court told me, go today, not after.", FH, FIND, 1, "praise"),
    P(JM, "My health visitor. I didn't even think I could, because I'm working. She said working doesn't mean you can't be homeless.", FH, FIND, 1, "praise"),
    P(KB, "TikTok, honestly. A girl did a video about getting a council flat, and half of it was rubbish, but it made me ring.", FH, FIND, 0, "neutral"),
    B(SH, "TikTok!"),
    M(CPZ, "Kelly, you mentioned a letter from your mum. What happened when you took that to the council?"),
    P(KB, "They said it wasn't enough. They wanted to ring her. Then they wanted a home visit to check she really meant it. My mum was fuming, she said do they think I'm making it up.", EV, PROC, -1, "pain"),
    P(SH, "For me the evidence was the worst. They asked for proof of the abuse. Police reports, letters. I had a letter from Harbour and one from the refuge. They said can you also get something from the police. I never went to the police. That's why I had Harbour.", EV, PROC, -1, "pain"),
    M(NF, "That's something we hear a lot at Harbour, to be fair."),
    P(SH, "And then local connection. The officer said I had been in another county, so maybe I had no connection here. I was born in Brackenford! My sister lives on Market Street!", DR, DEC, -1, "pain"),
    M(CPZ, "Did that get sorted?"),
    P(SH, "Nicola rang them. After that, no more local connection. I don't know what she said.", DR, DEC, 1, "praise"),
    M(NF, "Just the law, Samira."),
    M(CPZ, "Tomasz, what happened when you went to the council?"),
    P(TN, "I went after the court letter came. They said, you are intentionally homeless, because the arrears are your fault. I said I lost my hours, I have the payslips. The first decision said intentional.", DR, DEC, -1, "pain"),
    P(TN, "So the Citizens Advice helped me ask for a review, with the payslips and a letter from work about the hours. And the review said no, not intentional, you did not choose this. Three months it took.", DR, DEC, 0, "neutral"),
    B(BO, "Three months."),
    P(TN, "Three months in the Bellview with two girls, while they decide if it is my fault.", TA, PROC, -1, "pain"),
    M(NF, "Samira, can I ask, did you feel safe in the places they offered you?"),
    P(SH, "Now, yes. At first they offered me the Bellview, and I said no, there are men there, I saw one of his friends' cars outside once. They listened, they found Rowan Lodge in two days. That, I'm grateful for.", TA, PROC, 1, "praise"),
    M(CPZ, "Can I ask about the very first contact? How did you first get through to someone?"),
    P(BO, "I rang. I was on hold forty minutes, then it said this call cannot be completed, goodbye. Three days running. In the end I went to the Civic Centre and sat in reception till somebody saw me.", FC, APPLY, -1, "pain"),
    P(JM, "I did the online form at midnight after the kids were in bed, and it actually wasn't too bad. It saved as I went. The worst bit was it wanted every address for five years and I've moved six times.", FC, APPLY, 0, "pain"),
    P(KB, "The form asked if I was homeless tonight, yes or no. I wasn't, tonight, I was at my mum's. So I ticked no and it put me in the normal queue. If I'd ticked yes I'd have been seen that day, somebody told me after.", FC, APPLY, -1, "pain"),
    B(JM, "That's mad."),
    M(CPZ, "That's really useful, thank you. Samira, with Harbour involved, was your first contact different?"),
    P(SH, "Yes, because Nicola did the referral to the council for me, so I didn't have to do the form alone. But then I still had to tell my whole story again on the phone to the officer. Everything. With the boys in the room.", FC, APPLY, 0, "pain"),
    M(NF, "We do try and send everything over so people don't have to repeat it."),
    P(SH, "I know. It's not your fault. I think the officer has to ask.", FC, APPLY, 0, "neutral"),
    M(CPZ, "After that first assessment, did anyone get a housing plan, the document with the steps in it?"),
    P(JM, "Mine said find a private rent in Brackenford. With three kids, on my wage. I actually laughed out loud on the bus.", AS, PROC, -1, "pain"),
    P(TN, "Mine was okay. It said the council will ask the landlord about a payment plan for the arrears. They did ask. He said no, but they asked.", PR, PROC, 0, "neutral"),
    M(CPZ, "Let's talk about decisions and letters. Bernadette, you were accepted for the main duty?"),
    P(BO, "I was. The letter came, and it was all legal. Section 193, section 184, section 202. I thought I'd done something wrong. Ryan read it for me and said, Mum, I think it means they're helping us.", DR, DEC, 0, "pain"),
    B(KB, "Bless him."),
    P(BO, "And then a year in temporary. Two different places. The first one had damp so bad that Ryan's inhaler use doubled, and they did move us, but it took four months of photos and emails.", TA, PROC, -1, "pain"),
    P(SH, "My boys too. My eldest has stopped bringing friends home. He tells them he lives in a hotel. He's eleven, he knows what it means.", CF, PROC, -1, "pain"),
    M(CPZ, "Did you ask for a review of that, of whether the place was suitable?"),
    P(BO, "I didn't know you could. Nobody said you can challenge the actual place.", DR, DEC, -1, "pain"),
    M(CPZ, "And then the flat on the Millfield. How did that offer come?"),
    P(BO, "A phone call on a Thursday. Come and view it Friday, decide by Monday. It was a ground floor flat, two bedrooms, not what I'd have picked. But we'd had a year in temporary, so I said yes before they could change their minds.", MO, DEC, 0, "neutral"),
    P(TN, "For me the council found a private landlord from their list. They paid the deposit and one month. The flat is nice, the girls have one room together. But the rent is ninety pounds more than the housing benefit each month. I pay it from the food money.", MO, USE, 0, "pain"),
    M(CPZ, "Jade, has anyone talked to you about moving on from Shepcote?"),
    P(JM, "They said a private rented offer would end their duty. So if they find me a private let, even in Shepcote, and I say no, that's it. I'm scared of the phone ringing, honestly.", MO, DEC, -1, "pain"),
    B(KB, "Same."),
    M(CPZ, "Kelly, you said same?"),
    P(KB, "Yeah. Everyone at the Bellview talks about it. Someone got offered a flat in Hartsmere, forty miles away, and she had to take it or go on the street.", MO, DEC, -1, "pain"),
    M(CPZ, "Let's talk about the people you dealt with. Have there been officers who made a difference, good or bad?"),
    P(TN, "My officer in the end was very human. She said, I am sorry this is taking so long, I am fighting for you. I believed her.", OC, PROC, 1, "praise"),
    P(JM, "Mine changes every few weeks. I've had four. I have to start again every time, tell them about Kacey's asthma again, about the school again.", OC, PROC, -1, "pain"),
    P(SH, "What I want is somebody to ring back when they say. She said Thursday. Thursday, nothing. Monday, nothing. I was afraid to go out in case I missed the call.", OC, PROC, -1, "pain"),
    B(BO, "That's it, isn't it. You daren't miss it."),
    M(NF, "Can I ask about after you moved in? Bernadette, Tomasz, has anyone supported you since?"),
    P(BO, "A tenancy support worker came once, with a starter pack. Pans, a kettle, bedding. That was lovely, really. But the flat had no carpets and no curtains, and they said that's not something they do.", TS, FOLL, 0, "pain"),
    P(TN, "Carpets! Yes! Bare floor, and in winter. My younger daughter slept in her coat the first week. A charity gave us a carpet in the end, Open Door.", TS, FOLL, -1, "pain"),
    B(JM, "Oh my God."),
    P(BO, "And then the letters start. Council tax, because the flat's in my name now, and the benefit took six weeks to move over. I was in arrears in my first month in my own home.", TS, FOLL, -1, "pain"),
    M(CPZ, "I'm conscious of time. Kelly, Jade, Samira, you're still in the middle of it. What would make the waiting easier?"),
    P(KB, "Knowing. Just knowing where I am on the list, or how long. A text every two weeks, even if it says nothing's changed.", OC, PROC, 0, "suggestion"),
    P(SH, "A kitchen. Honestly. A kitchen, and that the boys can stay at their school.", TA, PROC, 0, "suggestion"),
    P(JM, "Travel. If they put you fourteen miles away, give you a bus pass for the school run. It's costing me forty pound a week.", CF, PROC, -1, "suggestion"),
    P(SH, "Can I ask something? Can they move us from Rowan Lodge without asking? Somebody said families get moved with one day's notice.", TA, PROC, -1, "question"),
    M(CPZ, "I honestly don't know, and I'm not going to guess. I'll find out, and Nicola will pass it on to you."),
    M(CPZ, "And a last one for everyone. If you could tell the council one thing, what would it be?"),
    P(TN, "Check the facts before you say intentional. Three months of my girls' life in one room, because nobody looked at my payslips.", DR, DEC, -1, "suggestion"),
    P(BO, "Write the letters in English. Plain English. Say yes, we will help you, at the top, and put all the sections after.", DR, DEC, -1, "suggestion"),
    P(KB, "Don't put babies in B&Bs. That's it.", TA, PROC, -1, "suggestion"),
    P(SH, "Believe women the first time.", EV, PROC, -1, "suggestion"),
    P(JM, "Treat us like we're not a nuisance. Most of us work. I work. I'm not after anything, I just need a house near my kids' school.", OC, PROC, -1, "suggestion"),
    M(CPZ, "Thank you. Honestly, thank you, all of you, for giving up your evening. Nicola will send the vouchers out, and if tonight has brought anything up, Harbour's helpline number is in the chat."),
    B(SH, "Thank you Claire, thank you Nicola.", 1, "praise"),
    B(BO, "Thanks. It was good to talk to people in the same boat.", 1, "praise"),
    B(TN, "Thank you. Good luck, everyone.", 1, "praise"),
    B(KB, "Bye."),
]

# ---------------------------------------------------------------------------
# Session 3: interview-1.vtt. Staff: a housing options officer, on Teams, Monday
# 17 November 2025, 10:00. The council's Power Automate flow fetches the transcript of a
# recorded meeting through Microsoft Graph (/transcripts/{id}/content?$format=text/vtt)
# and saves it to the research SharePoint: WebVTT with <v> voice tags, no cue ids and
# Teams' unpadded times (0:1:4.81). Teams' recogniser: digits, no fillers.
# ---------------------------------------------------------------------------
INT1 = [
    M(CPT, "Hi Joanne, thanks for making time. Is it okay that it's recording? Teams is transcribing as well."),
    B(JF, "Yeah, that's fine. I've got until half eleven, then I'm on duty."),
    M(CPT, "Great. Could you start by telling me what you do?"),
    P(JF, "I'm a housing options officer, I've been in the team 11 years, before that I was in the contact centre. I carry a caseload, at the moment 61 open cases, and one day a week I'm on duty, so I take the same day stuff, people who are homeless tonight.", OC, PROC, 0, "neutral"),
    M(CPT, "61. Is that normal?"),
    P(JF, "It's high. The guidance would say 40 ish. When I started it was about 30. The numbers have gone up every year since the Reduction Act came in, partly because we have to do more for more people, which is right, but the team hasn't grown with it.", OC, PROC, -1, "pain"),
    M(CPT, "Let's go through how people reach you. What are the main ways in?"),
    P(JF, "The online form is the big one now, probably 60 percent. Then duty to refer from the hospitals, probation, the Jobcentre, children's services. Then the phone, and people who just turn up at the Civic Centre, which we try to discourage, but you can't turn someone away if they're homeless that day.", FC, APPLY, 0, "neutral"),
    M(CPT, "Some people told us the form was long and that it timed out."),
    P(JF, "It is long, I'd agree with that. It's built to collect everything we need for the assessment, so in theory we don't have to ask again. In practice half of them come in incomplete or wrong, so we do ask again, and people feel like they're repeating themselves. Because they are.", FC, APPLY, -1, "pain"),
    M(CPT, "And the question about whether someone's homeless tonight?"),
    P(JF, "That's the triage question. If you tick yes, it goes to duty that day. If you tick no, you go into the queue for an assessment, and the target is 10 working days, but honestly it's more like 3 weeks at the moment. The trouble is people living with family tick no, and then the family puts them out 2 days later.", FC, APPLY, -1, "pain"),
    M(CPT, "How does the duty to refer work from your side?"),
    P(JF, "It's good in principle. The hospitals have got much better. Prisons, it's hit and miss. We get referrals on the day of release, sometimes after. I've had a referral for a man who'd been out 4 days by the time it reached me.", FC, APPLY, -1, "pain"),
    M(CPT, "One of our group said he came out on a Friday afternoon and the phones had closed."),
    P(JF, "Friday releases are the worst thing in my job, and I'm not exaggerating. There is an out of hours service, but it can really only do emergency placements, and for a single man that's often the night shelter. Then he comes to us on the Monday and we're starting from scratch.", FC, APPLY, -1, "pain"),
    M(CPT, "Let's talk about the assessment and the personalised housing plan. How long does an assessment take?"),
    P(JF, "An hour, an hour and a half if it's done properly. The plan comes out of that. There's a template on the system, and I'll be honest, the template has a lot of standard steps in it. Look on Rightmove, register with agents. I try to write proper ones, but with 60 cases some of them are more template than plan.", AS, PROC, -1, "pain"),
    M(CPT, "People said the council's side of the plan sometimes just said provide advice."),
    P(JF, "Yeah. I've seen that. It's not wrong, technically, it's just not helpful. A good plan says we'll contact your landlord by Friday, we'll check your benefits, we'll refer you to the rent deposit scheme. Those are the ones that work.", AS, PROC, 0, "suggestion"),
    M(CPT, "Do you contact landlords?"),
    P(JF, "When I can. It's one of the most effective things we do, especially with older landlords who've just decided to sell up. Sometimes they'll give more time, sometimes they'll even keep the tenant if we help with the arrears through a discretionary housing payment. With the bigger agents, not so much.", PR, PROC, 1, "praise"),
    M(CPT, "What gets in the way of prevention?"),
    P(JF, "Money and landlords. The local housing allowance hasn't kept up with rents in Brackenford, so a one bed is 80, 90 pounds a month more than the benefit covers. Landlords can let to a professional couple in a day. Our bond scheme is a piece of paper up against a cash deposit from somebody else.", PR, PROC, -1, "pain"),
    M(CPT, "Let's talk about evidence. Some people felt they were asked for a lot."),
    P(JF, "We have to be satisfied on eligibility, homelessness, priority need and intentionality. So ID, proof of income, the notice, the tenancy agreement. What I'd say is we should ask for less up front. We ask for everything at once because the system makes us, and people can't produce it when they're in crisis.", EV, APPLY, 0, "suggestion"),
    M(CPT, "And for domestic abuse?"),
    P(JF, "We shouldn't need police evidence, and the guidance is clear on that, a letter from a support service is enough. I know some officers still ask for it. It's habit, and it's wrong, and we've had training on it this year.", EV, PROC, -1, "pain"),
    M(CPT, "What about temporary accommodation? What have you got?"),
    P(JF, "Not enough. Quayside House for single people, Rowan Lodge for families, a handful of council flats we use as temporary, and then B&B and out of borough. Shepcote, mainly, because it's cheaper and a provider there has whole blocks of flats.", TA, PROC, -1, "pain"),
    M(CPT, "Families in B&B. Several people mentioned 6 weeks."),
    P(JF, "The rule is 6 weeks for families with children in B&B. We breach it. We report it. Everybody knows we breach it. Nobody wants a family in the Bellview, it's just there's nothing else on a Friday night.", TA, PROC, -1, "pain"),
    M(CPT, "How do the decisions work?"),
    P(JF, "I write the decision and a senior signs it off. The letters are long because they have to be legally watertight, every section quoted. I get that people find them frightening. I've started putting a plain paragraph at the top saying what it means, but that's me, it's not in the template.", DR, DEC, 0, "neutral"),
    M(CPT, "And reviews?"),
    P(JF, "Section 202 reviews go to the review officer, not me. A lot of intentionality decisions get overturned on review, which tells you something. Usually it's because the first decision didn't have all the evidence, like payslips, and the person brings it in with help from an adviser.", DR, DEC, -1, "pain"),
    M(CPT, "Moving on, how do the private rented offers work?"),
    P(JF, "If someone's owed the main duty, we can end it with a suitable private rented offer, a 12 month tenancy. We've got a list of landlords who'll work with us, we pay a deposit and a month, sometimes an incentive. The suitability rules are real, distance, affordability. But I won't pretend people always feel they've got a choice.", MO, DEC, 0, "neutral"),
    M(CPT, "And after they've moved in?"),
    P(JF, "We've got 2 tenancy sustainment officers for the whole borough. Paul's brilliant. But 2. They do a few visits, help with Universal Credit, furniture grants, and then they have to close the case to take new ones. The ones who come back to us often come back around the 18 month mark.", TS, FOLL, 0, "pain"),
    M(CPT, "If you could change one thing?"),
    P(JF, "Time. Honestly, time with people. And a phone line that's staffed properly, because when the phone isn't answered they come through the door in a worse state and it takes twice as long.", OC, PROC, 0, "suggestion"),
    M(CPT, "Several parents talked about school runs from Shepcote."),
    P(JF, "We're meant to think about schools, and we do, but when the only family unit available is in Shepcote, the school run becomes the family's problem. We can do a travel payment for a month. I know that's not enough. Most of us care a lot, you know. I've cried in the car more than once.", CF, PROC, -1, "pain"),
    M(CPT, "Thank you, Joanne, really."),
    B(JF, "No worries. Good luck with it, I'd love to see what comes out of it.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 4: interview-2.md. A care leaver, 19, on a Teams video call from her phone,
# Tuesday 18 November 2025. Dev Raman keeps his notes in Obsidian: Teams' .vtt was run
# through teams-transcript-formatter with --rename and --prefix ("> " for Claire,
# "< " for Kayleigh), and the output pasted into a Chat View code block (the plugin's
# 1.x syntax: options and colours on the first lines, '...' delimiter, '#' comment).
# ---------------------------------------------------------------------------
INT2 = [
    M(CL, "Hi Kayleigh, can you hear me okay?"),
    B(KAY, "Yeah, it's a bit laggy but yeah."),
    M(CL, "No worries. Thanks for doing this. Like I said, it's recorded, and I'll change your name. Could you start by telling me a bit about you?"),
    P(KAY, "I'm 19. I was in care from when I was 12, foster placements and then a children's home, and then at 17 I went into supported lodgings with this older lady, Pat.", CT, NEED, 0, "neutral"),
    M(CL, "And how did you end up needing housing?"),
    P(KAY, "Pat got poorly and she stopped doing lodgings. Like, from one week to the next. And my PA, my personal adviser from the leaving care team, she said right, we'll have to go to housing.", CT, NEED, 0, "neutral"),
    M(CL, "Did you know what going to housing meant?"),
    P(KAY, "No. I thought because I'm a care leaver I'd just get a flat. That's what everyone says in care, you get a flat at 18. It's not true, by the way.", FH, FIND, -1, "pain"),
    M(CL, "Who told you it wasn't true?"),
    P(KAY, "The housing officer, in the first meeting. She was nice about it, but it was like, oh. She said I'm in priority need because I'm under 21 and a care leaver, but that doesn't mean a flat, it means somewhere.", FH, FIND, 0, "neutral"),
    M(CL, "How did the first contact happen? Did you fill in the form?"),
    P(KAY, "My PA did it. There's like a joint protocol thing between leaving care and housing, so she sent it straight to a named officer. That bit was actually quick, I had a phone call the next day.", FC, APPLY, 1, "praise"),
    M(CL, "That's good to hear."),
    P(KAY, "Yeah, that bit. Then they put me in Quayside.", TA, PROC, 0, "neutral"),
    M(CL, "What was Quayside like for you?"),
    P(KAY, "Scary, at first. I was the youngest there by like 10 years, and the only girl on my corridor. There was a man who kept knocking on my door at night asking for a lighter. I put a chair against it.", TA, PROC, -1, "pain"),
    M(CL, "Did you tell anyone?"),
    P(KAY, "I told the staff and they were good, they moved me to the women's floor the next day. But I didn't know there was a women's floor. Why didn't they put me there in the first place?", TA, PROC, 0, "question"),
    M(CL, "That's a really good question. What about your personalised housing plan, do you remember it?"),
    P(KAY, "Kind of. It said I had to bid on the housing register, and do a tenancy ready course, and open a bank account. Which, fair, I didn't have one. The course was actually good, it was at Open Door, it showed you how bills work.", AS, PROC, 1, "praise"),
    M(CL, "Was your PA still involved?"),
    P(KAY, "Yeah, she came to the meetings with me. Honestly, without her I'd have just agreed to everything, I wouldn't have known what to ask. She's the one who asked why I was in a hostel with men twice my age.", OC, PROC, 1, "praise"),
    M(CL, "What was the hardest bit of the whole thing?"),
    P(KAY, "Being on my own with it. In care there's always someone, like a worker, and then you turn 18 and it's your problem. Housing kept saying you need to do this, you need to do that, and I'm thinking, I don't know how, I've never done any of it.", AS, PROC, -1, "pain"),
    M(CL, "Did you get a decision letter at some point?"),
    P(KAY, "I got one saying they owed me the main duty. I didn't know what that was. I googled it and it was all solicitors' websites. My PA explained it meant they'd keep me in temporary till they found me somewhere.", DR, DEC, 0, "pain"),
    M(CL, "And did they find you somewhere?"),
    P(KAY, "Yeah, after 5 months. A one bed flat, council, on the Northgate estate, third floor. They offered it and I was like, yes, yes, before I'd even seen it.", MO, DEC, 1, "praise"),
    M(CL, "How was moving in?"),
    P(KAY, "Weird. Good weird. It was empty, like completely, no fridge, no cooker, no bed. Leaving care gave me a setting up home grant, so I got a bed and a fridge from the British Heart shop. I slept on the floor for 4 nights till the bed came.", MO, USE, 0, "neutral"),
    M(CL, "What was the first night like?"),
    P(KAY, "I sat on the floor and ate chips out of the paper and cried a bit, in a good way. It was the first door that was mine.", MO, USE, 1, "praise"),
    M(CL, "How's it been since?"),
    P(KAY, "Mostly okay. I've got a tenancy support worker for 6 months, and my PA till I'm 25, she says. The scary bit is money. The gas is so expensive, I put the heating on for an hour at night and that's it.", TS, FOLL, 0, "pain"),
    M(CL, "Do you feel like you could ask for help if it went wrong?"),
    P(KAY, "Now I would, yeah. A year ago I wouldn't have known who to ask. Now I've got a list on my fridge.", TS, FOLL, 1, "praise"),
    M(CL, "That's brilliant. If you could tell the council one thing about care leavers?"),
    P(KAY, "Don't put us in with older men. That's the main one.", TA, PROC, -1, "suggestion"),
    M(CL, "And if there's a second one?"),
    P(KAY, "Talk to us before we're 18. Like at 16, in care, here's what happens, here's what housing is and what it isn't. Nobody did that.", FH, FIND, -1, "suggestion"),
    M(CL, "Thanks so much, Kayleigh. I'll send the voucher to your email."),
    B(KAY, "Thanks. It was all right, actually, talking about it.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 5: interview-3.txt. A housing support worker at Open Door, in the day centre's
# office after closing, Wednesday 19 November 2025. Recorded by Dev Raman on his laptop;
# transcribed by the University of Westmarch research office's script, which sends the
# audio to Rev.ai and saves the plain-text transcript (Accept: text/plain): one line per
# monologue, 'Speaker N', four spaces, hh:mm:ss, four spaces, the text. Rev.ai numbers
# speakers from 0 in order of appearance: Speaker 0 is the interviewer.
# ---------------------------------------------------------------------------
INT3 = [
    M(SP0, "Okay, so that's recording. Thanks, Femi. Can you just say what your role is at Open Door?"),
    P(SP1, "Sure. I'm a housing support worker, I've been at Open Door six years. I run the advice side of the day centre three days a week, and I do outreach with the rough sleeper team on Tuesday nights.", FH, FIND, 0, "neutral"),
    M(SP0, "What do people usually come to you with?"),
    P(SP1, "Usually it's late. That's the main thing. Someone's had a section 21 for six weeks and they come to us with the bailiffs' letter. Or they've been sofa surfing for months and they don't think they count as homeless.", FH, FIND, -1, "pain"),
    M(SP0, "Why do you think people come so late?"),
    P(SP1, "Shame, partly. And myths. People think you have to wait for the bailiffs, because for years that was kind of true, councils told people that. Since the Reduction Act you should come at 56 days, but the message hasn't got out.", FH, FIND, -1, "pain"),
    P(SP1, "And some people have had a bad experience before, with the council or with benefits, and they just don't want to be in that room again.", FH, FIND, -1, "pain"),
    M(SP0, "When someone comes to you, what do you actually do?"),
    P(SP1, "First thing, I ring the council with them, on speaker, so they hear what's said. Or I help them do the online form on our laptop. We're not covered by the duty to refer, we're a charity, but the council has a commitment to refer route for us, which honestly works better than the phone line.", FC, APPLY, 1, "praise"),
    M(SP0, "Is the form hard for people?"),
    P(SP1, "For some people it's impossible. No phone data, no email address, no ID. You need an email address to get the confirmation. We've set up email addresses for people at our desk just so they can get past that screen.", FC, APPLY, -1, "pain"),
    M(SP0, "What happens with evidence?"),
    P(SP1, "That's where cases stall. They want ID, and a lot of the people I see have lost everything, or an ex has kept it, or it's in a flat they've been locked out of. A birth certificate costs money. I've paid for birth certificates out of our hardship fund.", EV, APPLY, -1, "pain"),
    M(SP0, "And for people who aren't British?"),
    P(SP1, "Eligibility. EU citizens with settled status have to show it, and the share code thing confuses people, and the council's system sometimes doesn't take it first time. We had a Polish lady who'd worked here ten years and it took three weeks to prove she was eligible.", EV, APPLY, -1, "pain"),
    M(SP0, "What about the assessments and the plans?"),
    P(SP1, "Depends on the officer, genuinely. Some of them are brilliant, Joanne for example, she'll write a plan that actually means something. Others, it's the template. And people don't know they can ask for the plan to be reviewed if the steps aren't reasonable.", AS, PROC, 0, "pain"),
    M(SP0, "You mentioned reviews. Do you help with section 202 reviews?"),
    P(SP1, "A lot. Intentionality, priority need, suitability of temporary accommodation. I'd say half of the intentionality ones I help with get overturned, mostly because the evidence was there and nobody asked for it. Payslips, a GP letter.", DR, DEC, -1, "pain"),
    M(SP0, "What's the hardest part of the journey for the people you work with?"),
    P(SP1, "Temporary accommodation, without a doubt. Single people in Quayside are mixed in with people with really heavy drug use, and someone trying to stay clean or hold down a job is in a corridor with that. And families in the Bellview, in one room, for months.", TA, PROC, -1, "pain"),
    M(SP0, "And out of borough?"),
    P(SP1, "Out of borough cuts people off. Their GP, their kids' school, their support, us. We can't do outreach in Shepcote, it's a different council, a different charity. People just disappear off our books.", TA, PROC, -1, "pain"),
    M(SP0, "How's communication with the council from your side?"),
    P(SP1, "Better than it was. There's a named liaison officer for voluntary sector referrals now, which is good. But the general phone line, I've sat on hold with clients for an hour. And caseworkers change, so the client's had three officers and none of them knows the history.", OC, PROC, 0, "pain"),
    M(SP0, "What about finding somewhere to rent?"),
    P(SP1, "The private rented sector is where it falls apart. Landlords want a guarantor, six months upfront, a minimum income. Our clients are on Universal Credit. When the council does find a landlord, it's often the landlords nobody else will use, so the quality is poor.", PR, PROC, -1, "pain"),
    M(SP0, "And after people move in?"),
    P(SP1, "The first three months are where we lose people. No furniture, benefits not moved over, council tax, loneliness. Someone's been in a hostel with people round them and suddenly they're on their own in a flat. Tenancy sustainment helps, but it's short.", TS, FOLL, -1, "pain"),
    M(SP0, "Is there anything the council does really well?"),
    P(SP1, "The severe weather protocol, in winter. When it's below zero they open everything, no questions about local connection, nobody's turned away. That's the council at its best. I wish it was like that all year.", TA, PROC, 1, "praise"),
    M(SP0, "All year round, yeah."),
    P(SP1, "I know, I know, money. But it shows you what's possible.", TA, PROC, 0, "neutral"),
    M(SP0, "If you could change three things?"),
    P(SP1, "One, come early. Get the message out, 56 days, not the bailiffs. Posters in GP surgeries, Jobcentres, letting agents even.", FH, FIND, 0, "suggestion"),
    M(SP0, "Two?"),
    P(SP1, "Two, stop asking for everything at once. Take the ID later if you have to, but get people assessed.", EV, APPLY, 0, "suggestion"),
    M(SP0, "And three?"),
    P(SP1, "Three, don't close the support at three months. The people who come back to us, it's always after the support stops.", TS, FOLL, -1, "suggestion"),
    M(SP0, "That's really clear. Thanks so much, Femi."),
    B(SP1, "Any time. Send me the report, yeah?", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 6: interview-4.csv. A survivor of domestic abuse, by phone from her temporary
# flat, Friday 21 November 2025, 10:15. At her request nothing was recorded: Claire typed
# as close to verbatim as she could into Excel on her MacBook during the call and saved
# it as "Comma Separated Values (.csv)": Mac Roman, a bare CR at the end of every row.
# Columns Clock, Who ("Me" for herself), Words, Notes; Clock only when she looked at
# the clock; a second row without Who where Leah went on; a bracketed break row.
# ---------------------------------------------------------------------------
INT4 = [
    M(ME, "Thanks for talking to me. Just to check, you're somewhere you can talk safely? And you're happy for me to type as we go, no recording?"),
    B(LEAH, "Yes, he's at school and the door's locked. Typing is fine.", clock="10:15"),
    M(ME, "Can you tell me a bit about what happened, as much as you want to?"),
    P(LEAH, "I was with my ex for six years. It got bad after my son was born. Last November he broke the bathroom door down and my neighbour called the police. After that Harbour got involved and they helped me plan to leave.", CT, NEED, 0, "neutral"),
    M(ME, "Where did you go?"),
    P(LEAH, "A refuge in another town, for ten weeks. It was safe, but it was a room and a shared kitchen and my son had to change school. Then the refuge said I had to move on, and I wanted to come back to Brackenford because my mum's here and she helps with my son.", CT, NEED, 0, "neutral"),
    M(ME, "How did you get in touch with the council?"),
    P(LEAH, "The refuge worker filled in the form with me. Then nothing for two weeks. I rang and they said the referral was there but no officer was assigned yet.", FC, APPLY, -1, "pain", clock="10:19"),
    M(ME, "What happened when you did get an officer?"),
    P(LEAH, "She rang me and the first thing she asked was did I have a crime reference number. I said the police came once, I don't know if there is one. She said it would really help my case.", EV, PROC, -1, "pain"),
    M(ME, "How did that feel?"),
    P(LEAH, "Like I was on trial. Like it wasn't real unless a police officer wrote it down. Harbour had written a letter, the refuge had written a letter.", EV, PROC, -1, "pain", note="quiet, long pause"),
    M(ME, "Did it get resolved?"),
    P(LEAH, "My Harbour worker emailed the team leader and quoted the guidance, and after that nobody mentioned it again. But I shouldn't need someone to quote the law for me.", EV, PROC, 0, "pain"),
    M(ME, "What about the assessment itself?"),
    P(LEAH, "It was on the phone, over an hour. I had to say everything again, dates, what he did. I was in the refuge kitchen with other women around because that's where the signal was.", AS, PROC, -1, "pain", clock="10:26"),
    M(ME, "Did they ask if it was a good time, or safe to talk?"),
    P(LEAH, "No. Well, she asked is this a good time, but not is it safe. There's a difference.", AS, PROC, -1, "pain"),
    M(ME, "What accommodation did they offer you?"),
    P(LEAH, "They offered me a room at the Bellview. I said I can't, he knows people who stay there, one of his mates was there in the summer. She said it's all we have today. I cried after that call. Then my mum said come to mine, so we slept on her sofa for three weeks, me and my son top to tail.", TA, PROC, -1, "pain", rows=2),
    M(ME, "How was your son through all that?"),
    P(LEAH, "He's seven. He started wetting the bed again at my mum's, every night for a month. He kept asking when we're going home and I didn't know what home to say.", CF, PROC, -1, "pain", clock="10:31"),
    M(ME, "And after the three weeks?"),
    P(LEAH, "They found a flat through a housing association, temporary, in Northgate. It was filthy when we got the keys, like someone had just walked out, food in the fridge. I spent £60 on cleaning stuff. But it had a lock and he doesn't know where it is.", TA, PROC, 0, "pain"),
    M(ME, "Have you had a decision?"),
    P(LEAH, "Yes, they accepted the main duty. That letter was actually okay, the officer rang me before it came so I wasn't scared opening it. That was a nice thing to do.", DR, DEC, 1, "praise", clock="10:34"),
    M(ME, "We were talking about the letter before the break. Is there anything about safety you think the council should know?", break_before=("10:37", "(Break - her son came home early from school, about 10 mins. Carried on after.)"), clock="10:48"),
    P(LEAH, "Addresses. Every letter has my address on it, and some of them went to my mum's, and some to the refuge after I'd left. One went to our old house. He could have opened it.", OC, PROC, -1, "pain"),
    M(ME, "That's really serious. Did you tell them?"),
    P(LEAH, "Yes, and they said they'd put a flag on the system. I don't know if they did. I still get a friend to check the post at the old house.", OC, PROC, -1, "pain"),
    M(ME, "How are you and your son now?"),
    P(LEAH, "Better. He's back at his old school, which means everything to him. His teacher has been amazing. I still see a support worker from Harbour once a fortnight.", CF, PROC, 1, "praise"),
    M(ME, "Is there anything you'd want other women in your situation to know?"),
    P(LEAH, "That you don't need police evidence. I didn't know that. If I'd known I'd have said it on the first call. And have someone with you, even on the phone.", EV, FIND, 0, "suggestion"),
    M(ME, "And for the council?"),
    P(LEAH, "Ask once. Write it down properly so I don't have to say it to four people. Every time I tell it, it's like going back.", AS, PROC, -1, "suggestion", rows=2),
    M(ME, "Thank you Leah, that's everything I wanted to ask. Is there anything else?"),
    B(LEAH, "Just that the lady in the café at the Civic Centre gave me a free tea once when I was crying in there. Put that in your report.", 1, "praise", note="laughed"),
    M(ME, "I will. Thank you, and take care of yourself.", clock="10:58"),
    B(LEAH, "You too. Bye."),
]

# ---------------------------------------------------------------------------
# Session 7: interview-5.docx. A mother of two in temporary accommodation out of
# borough, at Shepcote Family Hub, Thursday 20 November 2025. Recorded on Claire's
# phone; she typed it up in her usual Word template: a two-column table, her question
# on the left, the answer on the right, one row per exchange, the header row (repeated
# on every page) naming the two of them; a pause as a row merged across the table.
# ---------------------------------------------------------------------------
INT5 = [
    M(CL, "Thanks for meeting me here, Kirsty. Can you tell me a bit about you and the kids?"),
    P(KIR, "I'm thirty-four, I've got Ellie, who's eight, and Noah, who's four. We were renting a house in Brackenford for five years, on Albert Road.", CT, NEED, 0, "neutral"),
    M(CL, "What happened with the house?"),
    P(KIR, "The landlord wanted to put the rent up two hundred a month, and I said I can't, and a month later I got the section 21. It felt like a punishment for saying no.", CT, NEED, -1, "pain"),
    M(CL, "What did you do when you got it?"),
    P(KIR, "I rang the council the same day, because my friend had been through it and she said go straight away, don't wait. I got an appointment for two weeks later.", FC, APPLY, 0, "neutral"),
    M(CL, "And the appointment?"),
    P(KIR, "It was fine. She went through everything, she said she'd write to the landlord, and she did, but he never replied. Then it was just waiting for the notice to run out.", PR, PROC, 0, "neutral"),
    M(CL, "What did they ask you to send them?"),
    P(KIR, "Three months of bank statements, the tenancy, the notice, the kids' birth certificates, the child benefit letter. I had to go to the library to print it all because I haven't got a printer.", EV, APPLY, -1, "pain"),
    M(CL, "Did anyone mention help with a deposit for another private let?"),
    P(KIR, "They gave me the bond scheme leaflet and a list of agents. I rang about thirty places. Either it's no kids, no pets, no benefits, or the rent's way over what I'd get. With two kids I need two bedrooms and there's nothing under nine hundred and fifty.", PR, PROC, -1, "pain"),
    M(CL, "So what happened when the notice ran out?"),
    P(KIR, "I stayed. The council said stay until the court date, which I hated, because then he took me to court and I had to pay his costs. Three hundred and fifty pound I didn't have.", PR, PROC, -1, "pain"),
    M(CL, "Did anyone help with the court costs?"),
    P(KIR, "No. I asked if the council could help and they said it's a debt, try Citizens Advice. So the council tells you to stay, and then you pay for staying.", PR, PROC, -1, "pain"),
    M(CL, "That must have been really stressful."),
    P(KIR, "I didn't sleep for weeks. The kids knew something was up. Ellie kept asking if we'd have to give the cat away.", CF, PROC, -1, "pain"),
    M(CL, "And then temporary accommodation?"),
    P(KIR, "The bailiffs were booked for a Wednesday. On the Tuesday afternoon they rang and said there's a room at the Bellview for tonight. We did a week there, then they moved us out here to Shepcote.", TA, PROC, -1, "pain"),
    M(CL, "What's the flat in Shepcote like?"),
    P(KIR, "The flat itself is okay. Two bedrooms, a bit of damp in the corner, but okay. It's the being here. I don't know anyone. The nearest shop is a garage.", TA, PROC, 0, "pain"),
    M(CL, "How do the kids get to school?"),
    P(KIR, "Two buses for Ellie, an hour and ten minutes each way. Noah's nursery place was in Brackenford so he lost it. He's at home with me now.", CF, PROC, -1, "pain"),
    M(CL, "Have they said how long you'll be here?", pause_before="[Recording paused here \u2013 Noah needed the toilet, about five minutes.]"),
    P(KIR, "Nobody will say. One officer said a year, another said it could be two, it depends what comes up. I asked to be closer and they said there's nothing closer.", TA, PROC, -1, "pain"),
    M(CL, "Who's your contact at the council now?"),
    P(KIR, "I've had a new officer since October. I've never met her. She emails. She's polite. But when I ring the number it's a queue and then a voicemail.", OC, PROC, 0, "pain"),
    M(CL, "Have you had a decision letter?"),
    P(KIR, "Yes, they accepted the main duty, back in the summer. I keep the letter in a plastic wallet. It's the only thing that says they have to help me.", DR, DEC, 0, "neutral"),
    M(CL, "Did you ask for a review of the Shepcote placement?"),
    P(KIR, "I didn't know I could until Femi at Open Door said. By then it was past the twenty-one days. He said I can still ask them to look at it again, but it's not the same.", DR, DEC, -1, "pain"),
    M(CL, "What about money, being out here?"),
    P(KIR, "Bus fares. Twelve pound a week for Ellie's buses, more if I go in too. And the shop's dearer. The council gave a one-off travel payment in the first month and then that stopped.", CF, PROC, -1, "pain"),
    M(CL, "Is there anything that's gone well?"),
    P(KIR, "Ellie's school. They've been amazing, they paid for her uniform and they let her come in late without a mark. And the health visitor came out to Shepcote for Noah, which she didn't have to do.", CF, PROC, 1, "praise"),
    M(CL, "What do you think about when you imagine moving on from here?"),
    P(KIR, "Honestly, I'm scared of a private rented offer. My friend got one in Hartsmere, and if you say no that's it, they're done with you. I want a council house so this can't happen again.", MO, DEC, -1, "pain"),
    M(CL, "If you could change one thing?"),
    P(KIR, "Keep families in their own town. Even if it's a worse flat. Keep the kids in their schools and near their nan.", CF, PROC, 0, "suggestion"),
    M(CL, "And one thing you'd tell another mum going through it?"),
    P(KIR, "Go to Open Door, or Shelter, or somebody, before you ring the council. Know your rights first. Don't just do what they tell you on the phone.", FH, FIND, 0, "suggestion"),
    M(CL, "Thank you, Kirsty. That's really helpful. I'll send the voucher by text."),
    B(KIR, "Thanks for listening. Nobody asks what it's like out here.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 8: interview-6.docx. A single man, 45, now in a private let, at the Civic
# Centre, Friday 21 November 2025. Transcribed by an agency (Northdown Transcription
# Services, intelligent verbatim) and delivered as PDF; the PDF was opened in Word
# (PDF Reflow) and saved as .docx. The running header and footer of every page came
# through as body paragraphs, and a turn that ran over a page end is two paragraphs with
# the footer and the next header between them. Labels 'Int:' / 'Resp:' in bold, a tab.
# ---------------------------------------------------------------------------
INT6 = [
    M(INT, "Okay, so we're recording. Thanks for coming in, Marcus. Can you tell me a bit about yourself to start with?"),
    P(RESP, "Yeah. Marcus, forty-five, I drive for a delivery firm, vans. I lived with my partner for twelve years in her flat, it was in her name. When we split up last year she asked me to leave, and fair enough, it was her place.", CT, NEED, 0, "neutral"),
    M(INT, "Where did you go?"),
    P(RESP, "My car for a week, if I'm honest. Then my brother's, on his settee, but he's got three kids so that was never going to last. Then I thought, right, I'll have to go to the council. Never been near them in my life.", CT, NEED, -1, "pain"),
    M(INT, "What made you decide to go?"),
    P(RESP, "A lad at work. He said go to the council, they've got to help you now, there's a new law. New law was from years ago, turned out, but he was right that I should go.", FH, FIND, 0, "neutral"),
    M(INT, "How did you contact them?"),
    P(RESP, "I rang. The phone said use the online form, so I did the form at my brother's. It was fine, to be fair. Long, but fine. Then they rang me about a week later.", FC, APPLY, 1, "praise"),
    M(INT, "What was that first conversation like?"),
    P(RESP, "The officer said, because I'm a single man, working, no health problems, I probably wasn't in priority need. She said it straight. I appreciated that, actually. Better than being strung along.", DR, DEC, 1, "praise"),
    M(INT, "So what did they offer?"),
    P(RESP, "Help to find a private rent. That was the relief duty, she called it, fifty-six days. She gave me the landlord list and said they'd pay a deposit and the first month if I found somewhere under the limit.", PR, PROC, 0, "neutral"),
    M(INT, "Did you get a written plan?"),
    P(RESP, "I did, by email. It said look on Rightmove and SpareRoom, which I was already doing in the van at night. It was like being told to keep breathing.", AS, PROC, -1, "pain"),
    M(INT, "How did the search go?"),
    P(RESP, "Terrible, for a month. Every agent wanted a guarantor or three times the rent in income. I earn all right, but not three times. And the ones on the council's list, a couple of them I wouldn't put a dog in.", PR, PROC, -1, "pain"),
    M(INT, "Where were you staying during that time?"),
    P(RESP, "They didn't give me anything, because I wasn't priority. I was on my brother's settee and two nights in the van. I was parking up at the retail park with the engine running for the heater.", TA, PROC, -1, "pain"),
    M(INT, "That sounds really hard."),
    P(RESP, "It's the not sleeping. I was doing ten-hour shifts on no sleep. I nearly had an accident on the ring road one morning, nodded off at the lights.", TA, PROC, -1, "pain"),
    M(INT, "What changed?"),
    P(RESP, "My officer, Joanne, rang a landlord on the list herself, a man with flats above the shops on Northgate Parade. She basically vouched for me. I viewed it on the Saturday and signed on the Tuesday.", PR, PROC, 1, "praise"),
    M(INT, "What was that like, signing?"),
    P(RESP, "Weird. I'd never had anything in my own name. The council paid the deposit and a month, like she said, and I paid the second month myself. Joanne came to the signing, which she didn't have to do.", MO, USE, 1, "praise"),
    M(INT, "And the flat itself?"),
    P(RESP, "It's small, one bedroom, over a bookies. The boiler went in the second week and the landlord took nine days to sort it. Cold showers at the gym before work.", MO, USE, -1, "pain"),
    M(INT, "Did you get any help after you moved in?"),
    P(RESP, "A tenancy sustainment bloke, Paul. He came round twice. He sorted a furniture grant, a bed and a sofa, and he told me about the council tax single person discount, which I'd never have known about.", TS, FOLL, 1, "praise"),
    M(INT, "Is he still involved?"),
    P(RESP, "No, he closed it after three months. He said ring if you need anything. I have rung, and you get the main number, and it's a queue.", TS, FOLL, -1, "pain"),
    M(INT, "How are things now, seven months in?"),
    P(RESP, "Okay. Honestly, okay. Money's tight, the rent went up fifty quid in the new year, which is legal, I checked. I'm keeping on top of it. But I'm one bad month from it all going again.", TS, FOLL, 0, "pain"),
    M(INT, "What worries you most?"),
    P(RESP, "Another section 21, or whatever they call it now. The landlord selling up. I've got a twelve-month tenancy and then it rolls on. I check my post every day like it's a bomb.", TS, FOLL, -1, "pain"),
    M(INT, "Looking back, was there a point where things could have gone differently?"),
    P(RESP, "Right at the start. If someone had said to me, even though you're not priority, here's the night shelter, here's a hostel you can ask about. I didn't know there was anything. I slept in a van because nobody said St Aidan's exists.", FH, FIND, -1, "pain"),
    M(INT, "That's important, thank you."),
    P(RESP, "And the decision, I never got a letter saying not priority. It was just said on the phone. I only found out later you're supposed to get it in writing so you can challenge it.", DR, DEC, -1, "pain"),
    M(INT, "If you could change one thing for single people like you?"),
    P(RESP, "Somewhere to go while you look. Even a room in Quayside for two weeks. You can't look for a flat when you're living in your van.", TA, PROC, -1, "suggestion"),
    M(INT, "Anything else?"),
    P(RESP, "Keep people like Joanne. She was the difference. Whatever you pay her, pay her more.", OC, PROC, 1, "praise"),
    M(INT, "Thanks so much, Marcus, really."),
    B(RESP, "No bother. Hope it helps someone.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Codebook: id, label, description (with where borderline turns go), examples
# (exact excerpts of participant turns of that theme only; checked in main()).
# ---------------------------------------------------------------------------
CODEBOOK = [
    (CT, "How homelessness came about",
     "The event or situation that made the person homeless or threatened with homelessness, before any contact with the council: a section 21 or section 8 notice, a landlord selling or raising the rent, being asked to leave by family or a partner, fleeing domestic abuse, leaving hospital, prison or care, losing a job with accommodation, repossession; who the person is. Introductions go here. Wrong beliefs about what the notice means and where to go belong to finding_help.",
     ["I got a section 21. Two months' notice.", "It felt like a punishment for saying no.",
      "I lost the job and the room on the same day"]),
    (FH, "Finding out where to go and what you are entitled to",
     "Where people learned that they could go to the council and when: myths (wait for the bailiffs, care leavers get a flat at eighteen), the council website and its legal words, Google, Shelter, the court, a health visitor, a colleague, TikTok, Open Door and other charities as the way in; coming late; wishes for earlier and plainer information. The referral itself (the form, the phone line, duty to refer) goes to first_contact.",
     ["I thought homeless means on the street.", "Worst advice I ever took.",
      "It told me more than the council's own page did."]),
    (FC, "First contact: the form, the phone line and referrals",
     "Getting through to housing options: the online form (its length, the timeout, the every-address question, the homeless-tonight triage question, the email address it needs), the phone line and its queue, turning up at the Civic Centre, the out-of-hours number, referrals under the duty to refer from hospitals, probation and children's services, the charity referral route, release and discharge days with nothing ready. Later contact with an allocated officer goes to officer_contact.",
     ["it timed out halfway through", "Friday release, you're done for.",
      "So I ticked no and it put me in the normal queue."]),
    (EV, "Proving it: evidence and eligibility",
     "What people had to prove and how: ID and birth certificates, payslips and bank statements, the notice and tenancy agreement, letters from family confirming they must leave and home visits to check, evidence of domestic abuse and requests for police reports, settled status and share codes; asking for less at once. Legal tests applied in a decision (priority need, intentionality, local connection) go to decisions_reviews.",
     ["Like I was on trial.", "I've paid for birth certificates out of our hardship fund.",
      "Believe women the first time."]),
    (AS, "Assessment and the personalised housing plan",
     "The assessment interview (by phone, in a B&B room, in a refuge kitchen; its length; repeating the story and the form; whether it is safe to talk) and the personalised housing plan: template steps (Rightmove, register with agents), the council's own steps ('provide advice'), tasks such as a tenancy-ready course or a bank account, plans that helped; being alone with the tasks.",
     ["The council's steps: provide advice.", "more template than plan",
      "but not is it safe"]),
    (PR, "Prevention and relief: keeping a home or finding one",
     "What was done during the prevention and relief duties to keep the home or secure another: contacting the landlord for more time, discretionary housing payments, the bond scheme and rent in advance, the landlord list, agents who refuse benefits or want guarantors, the gap between rents and housing allowance, being told to stay until the court date. Offers of settled accommodation that end the main duty go to move_on.",
     ["six weeks is six weeks", "a piece of paper up against a cash deposit",
      "no bond schemes, no DSS"]),
    (TA, "Temporary and emergency accommodation",
     "Where people stayed while they waited: B&B (the Bellview), hostels (Quayside House, Rowan Lodge), the night shelter and the severe weather protocol, refuges and sofas when nothing was offered, temporary flats out of borough (Shepcote); rooms, kitchens, shared bathrooms, safety, drugs, damp, distance, costs, how long, suitability of the place itself. Effects on children's schooling and family life go to children_family.",
     ["shared with five men", "I put a chair against it.",
      "there's nothing else on a Friday night"]),
    (OC, "Contact with officers and being kept informed",
     "The relationship with housing options staff after first contact: caseloads, changing officers, calls not returned, the queue on the main number, letters sent to unsafe addresses, officers who explained, vouched or fought for people, advocates who came to meetings; staff's own view of their work; wishes for one named person and regular updates.",
     ["I had three in seven weeks.", "I am fighting for you",
      "A phone number that a human being answers."]),
    (DR, "Decisions, letters and reviews",
     "The legal tests and the decisions: priority need, intentionality, local connection, the main duty, decision letters and their legal language, decisions given only by phone, final offers as worded in letters, section 202 reviews of decisions and of suitability, the 21 days, waiting for a decision or a review.",
     ["You are not in priority need.", "Check the facts before you say intentional.",
      "Nobody said the word final on the phone."]),
    (MO, "Offers and moving on",
     "Settled accommodation: council and housing association offers, private rented offers that end the main duty and the fear of them, offers far away and refusals, viewing and deciding in days, signing, moving in to an empty flat, the first weeks, rent above the benefit. Support after moving in goes to tenancy_sustainment.",
     ["But it's mine, I have a key.", "I said yes before they could change their minds",
      "I'm scared of the phone ringing"]),
    (TS, "After moving in: tenancy sustainment and fear of it happening again",
     "What follows the move: tenancy sustainment visits and when they stop, starter packs, carpets and curtains, furniture grants, Universal Credit and council tax, arrears in the first months, gas bills, loneliness, knowing whom to ask, fear of another notice, coming back to the service.",
     ["I was in arrears in my first month in my own home.", "Now I've got a list on my fridge.",
      "I check my post every day like it's a bomb."]),
    (CF, "Children and family life",
     "What homelessness and temporary accommodation do to children and family life: a toddler in one room, school runs on two buses, keeping a child at the same school, lost nursery places, what children ask and notice, schools and health visitors who helped, travel costs for school. The accommodation itself goes to temporary_accommodation.",
     ["Mason learnt to walk in that room.", "Ellie kept asking if we'd have to give the cat away.",
      "I'm on buses four hours a day."]),
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


def ts_graph(s: float) -> str:
    """Teams' transcript times as Graph returns them: nothing padded, the milliseconds
    written as a bare number (6.090 s is '0:0:6.90')."""
    ms = int(round(s * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    sec, ms = divmod(ms, 1000)
    return f"{h}:{m}:{sec}.{ms}"


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'\[(£])")


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


def halves(text: str) -> list[str]:
    """A turn typed on two rows: cut at the sentence end nearest the middle."""
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
    thumbnail; docProps/app.xml names the Office application. `patch` may rewrite
    parts (name -> function(bytes) -> bytes)."""
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
def _shared_strings(sheet_names):
    """Turn openpyxl's inline strings into a shared-string table, as Excel saves."""
    table: list[str] = []
    index: dict[str, int] = {}
    refs = [0]

    def fix_sheet(data: bytes) -> bytes:
        def repl(m):
            t = m.group(2)
            refs[0] += 1
            if t not in index:
                index[t] = len(table)
                table.append(t)
            return f'<c {m.group(1)} t="s"><v>{index[t]}</v></c>'
        return re.sub(r'<c ([^>]*?) t="inlineStr"><is>(<t[^>]*>.*?</t>)</is></c>',
                      repl, data.decode("utf-8"), flags=re.S).encode("utf-8")

    def sst(_: bytes = b"") -> bytes:
        body = "".join(f"<si>{t}</si>" for t in table)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                f'count="{refs[0]}" uniqueCount="{len(table)}">{body}</sst>').encode("utf-8")
    return fix_sheet, sst


def write_excel_table_xlsx(session) -> bytes | None:
    """The co-facilitator's Excel log of an in-person focus group: a 'Seating plan'
    sheet first (who sat where), then the log as an Excel Table (tblFG1, banded rows,
    header Ref | Clock | Seat | Verbatim | Note) with a Total row counting the rows; a
    row per utterance as typed, Clock an Excel time of day, the speaker as a seat
    ('Seat 3') or 'Fac' / 'Co-fac'; a long turn is two or three rows of one seat."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Border, Font, Side
        from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
        from openpyxl.worksheet.filters import AutoFilter
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    sp = wb.active
    sp.title = "Seating plan"
    sp["A1"] = session["plan_title"]
    sp["A1"].font = Font(bold=True, size=12)
    thin = Side(style="thin")
    for ref, val in session["plan"]:
        sp[ref] = val
        sp[ref].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sp.merge_cells("C5:E7")
    sp["C5"] = "TABLE"
    sp["C5"].alignment = Alignment(horizontal="center", vertical="center")
    for row in sp["C5:E7"]:
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col in "ABCDEFG":
        sp.column_dimensions[col].width = 20
    sp["A11"] = session["plan_note"]

    ws = wb.create_sheet(session["sheet"])
    headers = ["Ref", "Clock", "Seat", "Verbatim", "Note"]
    ws.append(headers)
    clock0 = session["clock0"]
    n = 0
    for it, (a, b) in zip(session["items"], timings(session)):
        text = norm(it["text"])
        words = len(text.split())
        if words >= session["split3"] and len(sentences(text)) >= 3:
            pieces = chunks(text, (words + 2) // 3 + 4)
        elif words >= session["split2"] and len(sentences(text)) >= 2:
            pieces = halves(text)
        else:
            pieces = [text]
        for k, (p, (pa, _)) in enumerate(zip(pieces, piece_times(a, b, pieces, gap=0.4))):
            n += 1
            clock = (clock0 + _dt.timedelta(seconds=int(pa))).time()
            note = it.get("note") if k == len(pieces) - 1 else None
            ws.append([f"FG1-{n:03d}", clock, it["speaker"], p, note])
    last = ws.max_row
    ws.append(["Total", None, None, f"=SUBTOTAL(103,{session['table']}[Verbatim])", None])
    for r in range(2, last + 1):
        ws.cell(row=r, column=2).number_format = "hh:mm:ss"
        ws.cell(row=r, column=4).alignment = Alignment(wrap_text=True, vertical="top")
        for c in (1, 2, 3, 5):
            ws.cell(row=r, column=c).alignment = Alignment(vertical="top")
    tab = Table(displayName=session["table"], ref=f"A1:E{last + 1}")
    tab.tableColumns = [TableColumn(id=i + 1, name=h) for i, h in enumerate(headers)]
    tab.tableColumns[0].totalsRowLabel = "Total"
    tab.tableColumns[3].totalsRowFunction = "count"
    tab.totalsRowCount = 1
    tab.autoFilter = AutoFilter(ref=f"A1:E{last}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    ws.freeze_panes = "A2"
    for col, width in zip("ABCDE", (9, 10, 9, 95, 16)):
        ws.column_dimensions[col].width = width
    wb.active = 0
    _core(wb, session["author"])
    raw = io.BytesIO()
    wb.save(raw)
    count = last - 1
    fix_sheet, sst = _shared_strings(None)

    def fix_total(data: bytes) -> bytes:
        s = fix_sheet(data).decode("utf-8")
        s = s.replace(f"<f>SUBTOTAL(103,{session['table']}[Verbatim])</f><v></v>",
                      f"<f>SUBTOTAL(103,{session['table']}[Verbatim])</f><v>{count}</v>")
        return s.encode("utf-8")

    def add_sst_rel(data: bytes) -> bytes:
        s = data.decode("utf-8")
        return s.replace("</Relationships>",
                         '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>').encode("utf-8")

    def add_sst_type(data: bytes) -> bytes:
        s = data.decode("utf-8")
        return s.replace("</Types>",
                         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>').encode("utf-8")

    # sheet parts first (they fill the table), then the table itself
    def fix_app(data: bytes) -> bytes:
        return re.sub(rb"<AppVersion>[^<]*</AppVersion>", b"<AppVersion>16.0300</AppVersion>", data)

    patch = {"xl/worksheets/sheet1.xml": fix_sheet, "xl/worksheets/sheet2.xml": fix_total,
             "docProps/app.xml": fix_app}
    step1 = repackage(raw.getvalue(), session["epoch"], "Microsoft Excel", patch)
    z = zipfile.ZipFile(io.BytesIO(step1))
    parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    parts["xl/sharedStrings.xml"] = sst()
    parts["xl/_rels/workbook.xml.rels"] = add_sst_rel(parts["xl/_rels/workbook.xml.rels"])
    parts["[Content_Types].xml"] = add_sst_type(parts["[Content_Types].xml"])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=session["epoch"].timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def zoom_vtt_lines(session) -> list[str]:
    """Zoom cloud recording, 'Audio transcript' (.vtt): numbered cues,
    hh:mm:ss.mmm times, 'Display Name: text' in every cue, a long turn over several
    cues."""
    out, n = ["WEBVTT", ""], 1
    for it, (a, b) in zip(session["items"], timings(session)):
        pieces = chunks(it["text"], session["cue_words"])
        for p, (pa, pb) in zip(pieces, piece_times(a, b, pieces, gap=0.2)):
            out += [str(n), f"{ts_ms(pa)} --> {ts_ms(pb)}", f"{it['speaker']}: {p}", ""]
            n += 1
    return out[:-1]


def write_vtt_in_word(session) -> bytes | None:
    """The Zoom .vtt opened in Word (File > Open, plain text) and saved as .docx: a
    heading typed above it, then one paragraph per line of the .vtt, the blank lines
    as empty paragraphs."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    h = d.add_paragraph()
    r = h.add_run(session["heading"])
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("")
    for line in zoom_vtt_lines(session):
        d.add_paragraph(line)
    _core(d, session["author"])
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Office Word")


def write_graph_vtt(session) -> bytes:
    """Teams transcript fetched through Microsoft Graph (content?$format=text/vtt) and
    saved by a Power Automate flow: 'WEBVTT', no cue ids, unpadded times
    ('0:1:4.81 --> 0:1:9.200'), '<v Name>text</v>', a long turn over several entries."""
    out = ["WEBVTT", ""]
    for it, (a, b) in zip(session["items"], timings(session)):
        pieces = chunks(it["text"], session["cue_words"])
        for p, (pa, pb) in zip(pieces, piece_times(a, b, pieces, gap=0.1)):
            out += [f"{ts_graph(pa)} --> {ts_graph(pb)}", f"<v {it['speaker']}>{p}</v>", ""]
    return "\n".join(out).encode("utf-8")


def write_chat_view_md(session) -> bytes:
    """An Obsidian note: YAML front matter, a heading and a note, then the output of
    teams-transcript-formatter (--rename, --prefix '> ' / '< ', default template
    '{prefix}{speaker} | {speech} | {timestamp}', a blank line between entries) inside
    a Chat View code block with the plugin's option and colour lines; a '...' delimiter
    and a '#' comment added by hand; the researcher's notes below the block."""
    out = list(session["front"])
    out += ["```chat", session["chat_options"], session["chat_colours"], ""]
    for i, (it, (a, _)) in enumerate(zip(session["items"], timings(session))):
        text = norm(it["text"])
        assert " | " not in text and "|" not in text, text
        if i in session["delimiters"]:
            out += ["...", ""]
        if i in session["comments"]:
            out += [session["comments"][i], ""]
        out += [f"{session['prefix'][it['speaker']]}{it['speaker']} | {text} | {ts_hms(a)}", ""]
    out = out[:-1] + ["```", ""] + list(session["after"])
    return ("\n".join(out) + "\n").encode("utf-8")


def write_revai_txt(session) -> bytes:
    """Rev.ai transcript as plain text (Accept: text/plain): one line per monologue,
    'Speaker N', four spaces, hh:mm:ss, four spaces, the text; UTF-8, LF."""
    out = [f"{it['speaker']}    {ts_hms(a)}    {norm(it['text'])}"
           for it, (a, _) in zip(session["items"], timings(session))]
    return ("\n".join(out) + "\n").encode("utf-8")


def write_mac_excel_csv(session) -> bytes:
    """Excel for Mac, 'Comma Separated Values (.csv)': Mac Roman, every row ended by a
    bare CR, fields quoted only when needed; header Clock,Who,Words,Notes; a turn typed
    on two rows has no Who on the second; a break as a bracketed row without Who."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r")
    w.writerow(session["header"])
    for it in session["items"]:
        if "break_before" in it:
            clock, note = it["break_before"]
            w.writerow([clock, "", note, ""])
        parts = halves(it["text"]) if it.get("rows") == 2 else [norm(it["text"])]
        for k, p in enumerate(parts):
            if k == 0:
                w.writerow([it.get("clock", ""), it["speaker"], p, it.get("note", "")])
            else:
                w.writerow(["", "", p, ""])
    return buf.getvalue().encode("mac_roman")


def write_qa_table_docx(session) -> bytes | None:
    """Typed in Word from the recording: a bold title, a note, then a two-column table
    (Table Grid), header row 'Claire' | 'Kirsty' (bold, shaded, repeated on each page),
    one row per exchange: the question left, the answer right; a pause as one row merged
    across both columns; a closing line under the table."""
    try:
        import docx
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Cm, Pt
    except ImportError:
        return None
    items = session["items"]
    assert len(items) % 2 == 0
    for q, a in zip(items[::2], items[1::2]):
        assert q["mod"] and not a["mod"], (q["text"][:30], a["text"][:30])
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    t = d.add_paragraph()
    r = t.add_run(session["title"])
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph(session["note"])
    d.add_paragraph("")
    tab = d.add_table(rows=1, cols=2)
    tab.style = "Table Grid"
    hdr = tab.rows[0]
    trpr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for cell, name in zip(hdr.cells, session["columns"]):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9E2F3")
        cell._tc.get_or_add_tcPr().append(shd)
    for q, a in zip(items[::2], items[1::2]):
        if "pause_before" in q:
            row = tab.add_row()
            merged = row.cells[0].merge(row.cells[1])
            merged.text = ""
            merged.paragraphs[0].add_run(q["pause_before"]).italic = True
        row = tab.add_row()
        row.cells[0].text = norm(q["text"])
        row.cells[1].text = norm(a["text"])
    for row in tab.rows:
        row.cells[0].width = Cm(6.5)
        row.cells[1].width = Cm(10.0)
    d.add_paragraph("")
    d.add_paragraph(session["closing"])
    _core(d, session["author"])
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Office Word")


def reflow_pages(session):
    """Lay the agency transcript out as the PDF had it: lines of about line_chars
    characters (the label and tab take the first few), a blank line after each
    paragraph, page_lines lines a page. A paragraph that does not fit is cut at the end
    of the page's last line and goes on, without label, on the next page; a paragraph
    of one line moves whole. Returns pages, each a list of (label, text)."""
    width, height = session["line_chars"], session["page_lines"]
    paras = [("", line) for line in session["front"]] + [("", "[Start of recording]")]
    for it in session["items"]:
        paras.append((it["speaker"], norm(it["text"])))
    paras.append(("", "[End of recording]"))
    pages, cur, room = [], [], height
    for label, text in paras:
        lines, line = [], " " * (7 if label else 0)
        for w_ in text.split():
            if len(line) + 1 + len(w_) > width and line.strip():
                lines.append(line.strip())
                line = w_
            else:
                line = f"{line} {w_}" if line.strip() else line + w_
        lines.append(line.strip())
        while len(lines) > room:
            if room >= 1 and len(lines) >= 2:
                cur.append((label, " ".join(lines[:room])))
                lines = lines[room:]
                label = None                      # continuation: no label
            pages.append(cur)
            cur, room = [], height
        cur.append((label, " ".join(lines)))
        room = max(0, room - len(lines) - 1)
    pages.append(cur)
    return pages


def write_pdf_reflow_docx(session) -> bytes | None:
    """The agency's PDF opened in Word (PDF Reflow) and saved as .docx: the running
    header and the footer of every page are body paragraphs (small, grey), a page break
    before each header; 'Int:' / 'Resp:' in bold and a tab before the text; a turn cut
    by a page end continues in an unlabelled paragraph after the footer and header."""
    try:
        import docx
        from docx.enum.text import WD_BREAK
        from docx.shared import Pt, RGBColor
    except ImportError:
        return None
    pages = reflow_pages(session)
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)

    def small(text, page_break=False):
        p = d.add_paragraph()
        if page_break:
            p.add_run().add_break(WD_BREAK.PAGE)
        r = p.add_run(text)
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    for n, page in enumerate(pages, 1):
        small(session["header"], page_break=n > 1)
        for label, text in page:
            p = d.add_paragraph()
            if label:
                p.add_run(f"{label}:").bold = True
                p.add_run("\t" + text)
            else:
                r = p.add_run(text)
                if text == "TRANSCRIPT":
                    r.bold = True
        small(session["footer"].format(n=n, m=len(pages)))
    _core(d, session["author"])
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Office Word")


WRITERS = dict(excel_table=write_excel_table_xlsx, vtt_in_word=write_vtt_in_word,
               graph_vtt=write_graph_vtt, chat_view=write_chat_view_md,
               revai=write_revai_txt, mac_csv=write_mac_excel_csv,
               qa_table=write_qa_table_docx, pdf_reflow=write_pdf_reflow_docx)
NEEDS = dict(excel_table="openpyxl", vtt_in_word="docx", qa_table="docx", pdf_reflow="docx")


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


def parse_excel_table(data: bytes, sheet: str):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    assert wb.sheetnames[0] == "Seating plan"
    ws = wb[sheet]
    assert [c.value for c in ws[1]] == ["Ref", "Clock", "Seat", "Verbatim", "Note"]
    pairs = []
    for r in range(2, ws.max_row + 1):
        ref, clock, seat, text = (ws.cell(row=r, column=c).value for c in (1, 2, 3, 4))
        if ref == "Total":
            assert seat is None and isinstance(text, int), (seat, text)
            assert r == ws.max_row
            break
        assert isinstance(clock, _dt.time), clock
        pairs.append((seat, text))
    return _merge(pairs)


def parse_vtt_in_word(data: bytes):
    import docx
    paras = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    start = paras.index("WEBVTT")
    blocks, cur = [], []
    for line in paras[start + 1:] + [""]:
        if line == "":
            if cur:
                blocks.append(cur)
            cur = []
        else:
            cur.append(line)
    pairs = []
    for blk in blocks:
        assert blk[0].isdigit() and " --> " in blk[1] and len(blk) == 3, blk
        m = re.fullmatch(r"([^:]{1,40}): (.*)", blk[2])
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_graph_vtt(data: bytes):
    text = data.decode("utf-8")
    blocks = text.split("\n\n")
    assert blocks[0] == "WEBVTT"
    pairs = []
    for blk in blocks[1:]:
        if not blk.strip():
            continue
        lines = blk.strip("\n").split("\n")
        assert re.fullmatch(r"\d+:\d+:\d+\.\d+ --> \d+:\d+:\d+\.\d+", lines[0]), lines[0]
        m = re.fullmatch(r"<v ([^>]+)>(.*)</v>", "\n".join(lines[1:]), re.S)
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_chat_view(data: bytes):
    lines = data.decode("utf-8").split("\n")
    start = lines.index("```chat") + 1
    end = lines.index("```", start)
    pairs = []
    for line in lines[start:end]:
        if not line or line == "..." or line.startswith(("#", "[", "{")):
            continue
        m = re.fullmatch(r"[<>^] (.+?) \| (.*) \| (\d\d:\d\d:\d\d)", line)
        assert m, line
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_revai(data: bytes):
    pairs = []
    for line in data.decode("utf-8").rstrip("\n").split("\n"):
        m = re.fullmatch(r"(Speaker \d+) {4}(\d\d:\d\d:\d\d) {4}(.*)", line)
        assert m, line
        pairs.append((m.group(1), m.group(3)))
    return _merge(pairs)


def parse_mac_csv(data: bytes):
    assert b"\n" not in data and data.endswith(b"\r")
    rows = list(csv.reader(io.StringIO(data.decode("mac_roman"), newline="")))
    assert rows[0][:2] == ["Clock", "Who"]
    pairs = []
    for clock, who, words, notes in rows[1:]:
        if who:
            pairs.append([who, words])
        elif words.startswith("(") and words.endswith(")"):
            continue                                  # a note row, not a turn
        else:
            pairs[-1][1] += " " + words               # the turn goes on
    return _merge([tuple(p) for p in pairs])


def parse_qa_table(data: bytes):
    import docx
    tab = docx.Document(io.BytesIO(data)).tables[0]
    names = [c.text for c in tab.rows[0].cells]
    pairs = []
    for row in tab.rows[1:]:
        cells = row.cells
        if cells[0]._tc is cells[1]._tc:
            continue                                  # merged row: a note
        pairs += [(names[0], cells[0].text), (names[1], cells[1].text)]
    return _merge(pairs)


def parse_pdf_reflow(data: bytes, header: str):
    import docx
    paras = [p.text.strip() for p in docx.Document(io.BytesIO(data)).paragraphs]
    start = paras.index("[Start of recording]")
    end = paras.index("[End of recording]")
    pairs = []
    for t in paras[start + 1:end]:
        if t == header or re.fullmatch(r"OFFICIAL-SENSITIVE\t.*Page \d+ of \d+", t):
            continue
        m = re.fullmatch(r"(Int|Resp):\t(.*)", t, re.S)
        if m:
            pairs.append([m.group(1), m.group(2)])
        else:
            pairs[-1][1] += " " + t
    return _merge([tuple(p) for p in pairs])


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


# ---------------------------------------------------------------------------
# Session settings
# ---------------------------------------------------------------------------
INT6_HEADER = "Brackenford Borough Council \u2013 Homelessness journey research \u2013 INT06 \u2013 Transcript"

SESSIONS = [
    dict(file="focus-group-1.xlsx", fmt="excel_table", seed=9101, start=2.0, rate=2.5,
         pause=(0.7, 2.6), items=interleave(FG1, FAC, ["Mm.", "Yeah.", "Go on.", "Mm-hm."]),
         sheet="FG1 transcript", table="tblFG1", clock0=_dt.datetime(2025, 11, 11, 14, 5, 0),
         split2=45, split3=70, author="Dev Raman", epoch=_dt.datetime(2025, 11, 12, 16, 40, 0),
         plan_title="FG1 \u2013 single adults \u2013 Open Door, Tue 11 Nov 2025 \u2013 seating plan",
         plan=[("B3", "Seat 1\nDarren"), ("D3", "Seat 2\nMarcia"), ("F3", "Seat 3\nWayne"),
               ("B6", "Fac\nClaire"), ("F6", "Co-fac\nDev (notes)"),
               ("B9", "Seat 6\nStuart"), ("D9", "Seat 5\nAgnieszka"), ("F9", "Seat 4\nLee")],
         plan_note="Names are first names only and are changed in anything we publish. Door is behind Seat 3. Marcia needs the chair with arms."),
    dict(file="focus-group-2.docx", fmt="vtt_in_word", seed=9102, start=4.1, rate=2.6,
         pause=(0.6, 2.2), items=interleave(FG2, CPZ, ["Mm-hmm.", "Yeah.", "Okay.", "Right."]),
         cue_words=16, author="Nicola Fairbairn", epoch=_dt.datetime(2025, 11, 14, 9, 21, 0),
         heading="Parents focus group 13/11 (Harbour + Brackenford BC) \u2013 Zoom transcript, not edited"),
    dict(file="interview-1.vtt", fmt="graph_vtt", seed=9103, start=0.0, rate=2.7,
         pause=(0.5, 2.0), items=interleave(INT1, CPT, ["Mm-hmm.", "Right.", "Yeah."]),
         cue_words=18),
    dict(file="interview-2.md", fmt="chat_view", seed=9104, start=4.0, rate=2.4,
         pause=(0.8, 2.6), items=interleave(INT2, CL, ["Mm.", "Yeah.", "Okay."]),
         prefix={CL: "> ", KAY: "< "},
         chat_options="[header=h4, mw=80]", chat_colours="{Claire=blue, Kayleigh=green}",
         delimiters={24}, comments={16: "# call dropped here for a minute, K rang back from the corridor"},
         front=["---", "title: \"INT02 Kayleigh (care leaver)\"", "date: 2025-11-18",
                "type: interview", "participant: Kayleigh (pseudonym)", "interviewer: Claire Penhaligon",
                "source: Teams recording, .vtt -> teams-transcript-formatter",
                "tags: [homelessness-research, care-leaver, interview]", "---", "",
                "# INT02 \u2013 Kayleigh", "",
                "Teams video call, Kayleigh on her phone at the hostel. Transcript is Teams' own, formatted with `teams-transcript-formatter --rename --prefix` and pasted into Chat View. Names changed.", "",
                "## Transcript", ""],
         after=["## My notes", "",
                "- Women's floor at Quayside: nobody told her it existed. Ask Joanne who decides.",
                "- PA (leaving care) did the referral through the joint protocol: first call next day.",
                "- Setting up home grant paid for the bed; 4 nights on the floor.",
                "- Follow up: tenancy support ends in May."]),
    dict(file="interview-3.txt", fmt="revai", seed=9105, start=1.2, rate=2.6,
         pause=(0.6, 2.2), items=interleave(INT3, SP0, ["Mm.", "Right.", "Yeah."])),
    dict(file="interview-4.csv", fmt="mac_csv", seed=9106, start=0.0, rate=2.0,
         pause=(1.0, 3.0), items=interleave(INT4, ME, ["(mm)"]),
         header=["Clock", "Who", "Words (typed live - as near verbatim as I could)", "Notes"]),
    dict(file="interview-5.docx", fmt="qa_table", seed=9107, start=3.0, rate=2.3,
         pause=(0.8, 2.6), items=interleave(INT5, CL, ["Mm."]),
         title="Interview 5 \u2013 Kirsty (TA out of borough)",
         note="Shepcote Family Hub, Thursday 20 November 2025. Typed from the recording by Claire Penhaligon. My questions on the left, Kirsty's answers on the right. Names and places changed.",
         columns=["Claire", "Kirsty"], closing="Recording ends (41 min).",
         author="Claire Penhaligon", epoch=_dt.datetime(2025, 11, 24, 11, 2, 0)),
    dict(file="interview-6.docx", fmt="pdf_reflow", seed=9108, start=2.0, rate=2.5,
         pause=(0.6, 2.4), items=interleave(INT6, INT, ["Mm."]),
         line_chars=76, page_lines=27, header=INT6_HEADER,
         footer="OFFICIAL-SENSITIVE\tNorthdown Transcription Services\tPage {n} of {m}",
         front=["TRANSCRIPT", "Client: Brackenford Borough Council",
                "Project: Homelessness journey research",
                "Recording: INT06_211125.m4a (38 minutes)",
                "Date of interview: 21 November 2025",
                "Speakers: Int \u2013 Interviewer (Dev Raman); Resp \u2013 Respondent",
                "Style: intelligent verbatim. Personal names as spoken; please anonymise before use."],
         author="Dev Raman", epoch=_dt.datetime(2025, 11, 27, 15, 12, 0)),
]

PARSERS = dict(excel_table=lambda d: parse_excel_table(d, "FG1 transcript"),
               vtt_in_word=parse_vtt_in_word, graph_vtt=parse_graph_vtt,
               chat_view=parse_chat_view, revai=parse_revai, mac_csv=parse_mac_csv,
               qa_table=parse_qa_table, pdf_reflow=lambda d: parse_pdf_reflow(d, INT6_HEADER))


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
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            used.add(spk)
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"] and "\t" not in t["text"], t["text"][:40]
            assert "|" not in t["text"], t["text"][:40]
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
        w.writerow(["speaker", "segment", "household", "age_group", "route_in"])
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
