#!/usr/bin/env python3
"""Generate the fictional study of Hartmoor County Council's SEND service (asking for an
education, health and care needs assessment, the 20 weeks, the draft and final plan,
naming a school, refusals, mediation and the tribunal, getting the provision delivered,
annual reviews and the moves between schools): transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the session lists in this file.

Python 3.11, standard library, plus python-docx (the .docx) and openpyxl (the .xlsx).
Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer turn,
P(speaker, text, theme, stage, sentiment, kind) for a participant turn, B() for a
participant backchannel, reaction, small talk or thanks (no theme, no stage). Transcript
files and gold rows are written from the same list, so turn indices cannot drift. How a
turn is cut into pieces (Audacity labels, Deepgram caption cues, AssemblyAI sentences,
WhatsApp messages, Logseq blocks, table rows) is decided by the writer of each layout;
the gold keeps one row per turn. After writing, every file is parsed back with a minimal
parser for its layout and compared with the list (turn index, speaker, text), and every
codebook example must be an exact excerpt of a participant turn coded with that theme
and of no turn coded otherwise.

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

LRM = "\u200e"          # left-to-right mark, as WhatsApp for iOS writes it


def M(speaker, text, **opts):
    """Moderator / interviewer turn (no gold row)."""
    return dict(speaker=speaker, text=_text(text, opts), mod=True, **opts)


def P(speaker, text, theme, stage, sentiment, kind, **opts):
    """Participant turn with labels."""
    assert kind in KINDS, kind
    assert sentiment in (-1, 0, 1), sentiment
    return dict(speaker=speaker, text=_text(text, opts), mod=False, theme=theme, stage=stage,
                sentiment=sentiment, kind=kind, **opts)


def B(speaker, text, sentiment=0, kind="neutral", **opts):
    """Participant backchannel, reaction, small talk or thanks: no theme, no stage."""
    return P(speaker, text, "", "", sentiment, kind, **opts)


def _text(text, opts):
    """A turn given as a list is a run of chat messages (WhatsApp): the messages are
    kept for the writer, the turn text is the messages joined with a space (a line
    break inside a message counts as a space too)."""
    if isinstance(text, list):
        opts["msgs"] = text
        return " ".join(" ".join(m.split("\n")) for m in text)
    return text


# ---------------------------------------------------------------------------
# Theme ids (the codebook, with descriptions and examples, is below the sessions)
# ---------------------------------------------------------------------------
ES = "early_signs"
FO = "finding_out"
SS = "school_support"
RQ = "asking_for_assessment"
AW = "assessment_wait"
CM = "contact_with_team"
PW = "plan_wording"
NS = "naming_school"
RA = "refusal_appeal"
PD = "provision_delivery"
AR = "annual_review"
TR = "transitions"

# ---------------------------------------------------------------------------
# Speaker labels, exactly as each file writes them (see README)
# ---------------------------------------------------------------------------
RU, JO, MA, BE, PY, DA = "Ruth", "Joanne", "Marcus", "Bernie", "Priyanka", "Dawn"   # Audacity
FAC, SH, KW, LI, TO, HA = "Facilitator", "Shona", "Kwame", "Lisa", "Tomasz", "Hannah"  # agency table
ITAL, UNK = "(italics)", "unknown"        # Word, no labels: questions in italics, answers plain
RKW, KAI = "Ruth Kendall", "Kai (SEND research)"                                    # WhatsApp
SP0, SP1 = "speaker 0", "speaker 1"                                                 # Deepgram
ME, SEN = "Me", "SENCo"                                                             # researcher's Excel
SA, SB = "A", "B"                                                                   # AssemblyAI
RK, SAM = "RK", "Sam"                                                               # Logseq
UNLABELLED = {ITAL}       # internal name of the italic paragraphs; no label in the file

PARTICIPANTS = [
    # speaker, segment, role, age, situation
    (RU, "moderator", "", "", ""),
    (FAC, "moderator", "", "", ""),
    (RKW, "moderator", "", "", ""),
    (SP0, "moderator", "", "", ""),
    (ME, "moderator", "", "", ""),
    (SA, "moderator", "", "", ""),
    (RK, "moderator", "", "", ""),
    (JO, "parent or carer", "mother", "child 9",
     "Alfie, autistic, refused at first, mediation and an appeal conceded, plan at Thornleigh Primary"),
    (MA, "parent or carer", "father", "child 11",
     "Leo, dyslexia and ADHD, SEN support only, told a diagnosis was needed before a request"),
    (BE, "parent or carer", "grandmother, special guardian", "child 7",
     "Tyler, trauma and SEMH, two exclusions, refused then agreed after mediation, shared TA"),
    (PY, "parent or carer", "mother", "child 4",
     "Arjun, speech delay, request by the nursery, draft plan just arrived, wants a special school"),
    (DA, "parent or carer", "mother", "child 14",
     "Chloe, plan since Year 2, late secondary transfer, not in school since February"),
    (SH, "parent or carer", "mother", "child 16",
     "Evie, autism diagnosed at 13, Year 11 review, moving to Wexcombe College"),
    (KW, "parent or carer", "father", "child 10",
     "Kofi, masking, Year 6, school named without asking, tribunal appeal lodged"),
    (LI, "parent or carer", "foster carer", "child 13",
     "Jayden, plan from another county not transferred, therapy stopped on the move"),
    (TO, "parent or carer", "father", "child 6",
     "Zofia, Down's syndrome, Brookside special school, plan on time, school taxi problems"),
    (HA, "parent or carer", "mother", "child 12",
     "Mia, ADHD and anxiety, refused twice, won at tribunal, complaint about the delay"),
    (UNK, "council staff", "SEND case officer", "",
     "EHC coordinator in the SEND assessment and review team, caseload of about 190"),
    (KAI, "young person", "young person", "17",
     "autistic, plan since Year 5, first year at Wexcombe College, interviewed by WhatsApp"),
    (SP1, "parent or carer", "mother", "child 8",
     "Yusuf, speech and language needs, asked herself, 31 weeks, provision not delivered"),
    (SEN, "school staff", "SENCo, primary school", "",
     "SENCo at Thornleigh Primary for eight years, 14 pupils with plans"),
    (SB, "parent or carer", "father", "child 15",
     "Harvey, dyslexia and anxiety, refused twice, appeal conceded, plan out of date, complaint"),
    (SAM, "parent or carer", "mother", "child 5",
     "Ruby, global developmental delay and epilepsy, special school place confirmed in August"),
]

# ---------------------------------------------------------------------------
# Session 1: focus-group-1.txt (Audacity label track). In person, the Hartmoor Parent
# Carer Forum's coffee morning at Kingsbrook Family Hub, Tuesday 11 November 2025.
# Recorded on a handheld recorder, transcribed in Audacity with the OpenVINO Whisper
# Transcription analyser (a label per Whisper segment: digits, no fillers), the
# researcher then typed "Name: " into the first label of each change of speaker and
# added point labels for a break and a note. Guide chronological.
# ---------------------------------------------------------------------------
FG1 = [
    M(RU, "Right, that's recording, I think. The little red light's on. So thanks ever so much for coming, and thanks to the forum for the biscuits. I'm Ruth, I work in the service design team at the county council. We're looking at the whole journey with an EHC plan, from when you first thought something wasn't right to where you are now. There are no right answers, and I'm not from the SEND team, so you can be as honest as you like. Shall we go round? First names and a bit about your child."),
    P(JO, "I'll go. I'm Joanne, I've got Alfie, he's 9, he's autistic, diagnosed at 6. He's at Thornleigh Primary. We got his plan in the end but it was, well, it was a journey.", ES, N_, 0, "neutral"),
    P(MA, "Marcus. I've got twins, Leo and Isla, they're 11. Leo's the one with, he's got dyslexia and ADHD, and the school keep saying he's fine. Which he's not. He hasn't got a plan. That's why I'm here really.", SS, N_, -1, "pain"),
    P(BE, "I'm Bernie. I'm Tyler's nan, but I've had him since he was 2, special guardianship. He's 7 now. He's got, they say attachment and trauma, social, emotional and mental health, SEMH. I've learned all the letters. He's been excluded twice this year already.", SS, N_, 0, "neutral"),
    P(PY, "Priyanka. My son Arjun is 4, he's at nursery, Little Acorns. He's not talking yet, not really, a few words. We've just had the draft plan through, like last week, so I'm right in the middle of it.", PW, N_, 0, "neutral"),
    P(DA, "I'm Dawn. My daughter's Chloe, she's 14. She's had a plan since Year 2, so I'm the old hand, God help me. She's not been in school since February. The move to secondary, that's where it all went wrong.", TR, N_, -1, "pain"),
    B(JO, "Oh, Dawn."),
    B(DA, "It's fine. Well, it's not fine. But you know."),
    M(RU, "Thank you. Let's start right back at the beginning. When did you first think, something's not right here? Joanne?"),
    P(JO, "Honestly, from about 18 months. He didn't point, he lined everything up, the usual. But the health visitor said boys are slower, and then at nursery they said he's just a bit quirky. Quirky. So we lost about two years being told he was quirky.", ES, N_, -1, "pain"),
    P(MA, "With Leo it was reading. Isla was reading chapter books and Leo couldn't read the word the. And I kept saying it, parents evening after parents evening, and it was always, every child develops at their own pace.", SS, N_, -1, "pain"),
    P(BE, "With Tyler it was never a question, from the day I got him. The social worker's reports, the contact with his mum, all of that. The question was who was going to do anything about it.", ES, N_, -1, "pain"),
    M(RU, "And did a diagnosis come into it? For some of you it sounds like it did."),
    P(JO, "The diagnosis took two years on the waiting list for the paediatrician. Two years. And then the autism assessment on top. We paid for a private speech and language report in the end, £800, just to have something on paper.", ES, N_, -1, "pain"),
    P(PY, "We're still waiting for ours. The paediatrician said global developmental delay, query autism, and that's it, that's where we are. The waiting list for the autism bit is 18 months, they said.", ES, N_, -1, "pain"),
    P(DA, "See, this is the thing nobody tells you. You don't need a diagnosis for a plan. I didn't know that for years.", FO, FI, 0, "neutral"),
    P(MA, "You don't? Seriously? Because Leo's school told us we'd need the ADHD diagnosis before they could even think about it.", FO, FI, -1, "question"),
    P(DA, "Nope. It's about needs, not labels. That's what the SENDIASS lady said to me, and I've said it to about 50 people since.", FO, FI, 0, "neutral"),
    M(RU, "That's a good moment to ask, actually. How did you find out what you could ask for? Where did you go?"),
    P(PY, "Facebook. Honestly. There's a group, Hartmoor SEND parents, and I put a post up at midnight, and by the morning there were 40 comments. Some of them were a bit scary, to be fair.", FO, FI, 0, "neutral"),
    P(JO, "The forum. This lot. And SENDIASS. The council website, the Local Offer, I tried, but it's like a directory of everything and nothing. You search EHCP and you get a leaflet from 2019 and a link that doesn't work.", FO, FI, -1, "pain"),
    P(BE, "I didn't find anything out. The school found it out for me, the SENCo at St Aidan's was good like that. She said, Bernie, we're going to ask for an assessment, and she did the form. I just signed.", RQ, AP, 1, "praise"),
    P(MA, "Can I ask, who's supposed to ask for it, the parent or the school? Because ours says they do it when they think it's time.", FO, FI, 0, "question"),
    P(DA, "Either. You can do it yourself. You just write to the council. That's the bit they don't tell you.", FO, FI, -1, "pain"),
    M(RU, "Dawn's right, parents can ask directly. I'll leave the leaflets on the table after."),
    P(MA, "Well. That's news to me. Two years of waiting for the school to decide it's time.", FO, FI, -1, "pain"),
    P(MA, "And to be fair to them, the SENCo is lovely, but she's got one afternoon a week for 300 kids. She's drowning.", SS, N_, 0, "pain"),
    M(RU, "Let's talk about the request itself then. Those of you who asked, what was that like?"),
    P(JO, "So I did it myself, through the portal, the EHCP Hub, they call it. It wants everything. Parental views, all about Alfie, what's working, what's not, upload your reports. I sat up three nights doing it. And then it timed out and I lost the parental views bit and I cried. Actually cried.", RQ, AP, -1, "pain"),
    B(PY, "Oh no."),
    P(JO, "Now I write it in Word first. Lesson learned.", RQ, AP, 0, "neutral"),
    P(PY, "Nursery did ours, with the area SENCo, the early years one. I filled in the parent bit on paper. They were really good, they sat with me and read me the questions, because my English, for forms, it's not, you know.", RQ, AP, 1, "praise"),
    P(JO, "And the six weeks to decide whether to assess, that was actually on time for us the second time round. I'll give them that.", RQ, DE, 1, "praise"),
    P(BE, "Tyler's was refused. First time. The letter said the school hadn't shown enough evidence of what they'd already tried, the graduated something.", RA, DE, -1, "pain"),
    P(DA, "Graduated approach. Assess, plan, do, review. Two cycles, they want to see.", SS, FI, 0, "neutral"),
    P(BE, "That's it. Well, he'd been excluded twice. I'd say that's evidence of something.", RA, DE, -1, "pain"),
    B(JO, "Exactly."),
    P(BE, "And before that they'd had him on a part-time timetable, mornings only, for a whole term. So I had to give up my cleaning job, because who has him in the afternoon? Me.", SS, N_, -1, "pain"),
    M(RU, "What happened after the refusal, Bernie?"),
    P(BE, "I rang SENDIASS and they said you can appeal, but you have to contact mediation first and get a certificate. So I did the mediation phone call, and I said I want to appeal, and then a week later the council rang and said they'd look at it again with new evidence. And they agreed. So I never went to tribunal. But I don't know why they couldn't have said yes the first time.", RA, DE, 0, "pain"),
    P(JO, "Same with us! Refused, then I got the mediation certificate, put in the appeal, and two weeks before the hearing they conceded. 11 months, that took. For something they then said yes to.", RA, DE, -1, "pain"),
    P(MA, "So it's a, what, a tactic? Say no and see who gives up?", RA, DE, -1, "question"),
    M(RU, "I can't speak for the SEND team on that, honestly."),
    P(DA, "You don't have to. We all know.", RA, DE, -1, "pain"),
    M(RU, "Okay. So for those of you who got to assessment, what was the waiting like? The 20 weeks?"),
    P(JO, "What 20 weeks? Ours was 31. The EP didn't come out until week 19. There aren't enough of them, the case officer said, like that was my problem.", AW, PR, -1, "pain"),
    P(PY, "We had a really nice EP, she came to the nursery and to our house. She got him straight away. She saw what he does with the cars. That's the one report I actually recognised my son in.", AW, PR, 1, "praise"),
    P(DA, "The EP reports are usually good. It's what happens to them after.", PW, DE, 0, "neutral"),
    P(BE, "The health advice never came for Tyler. The CAMHS bit. They sent a letter saying he's not open to their service so they had nothing to add. Nothing to add!", AW, PR, -1, "pain"),
    M(RU, "Did anyone keep you updated while you were waiting?"),
    P(JO, "I had three case officers in 20 weeks. Well, 31. Each one introduced themselves by email and then vanished.", CM, PR, -1, "pain"),
    P(PY, "Mine rings back. Every time. Her name's Gemma. I'll say that for her.", CM, PR, 1, "praise"),
    B(DA, "Gemma's all right. Gemma's one of the good ones."),
    B(MA, "Can I just say, this is all quite depressing for someone at the start."),
    B(JO, "Sorry, Marcus. It does get better. Sort of."),
    M(RU, "Let's have five minutes for a cup of tea, and then we'll do the plan itself."),
    B(BE, "I'll put the kettle on. Who's having sugar?", note_after="[tea break, 8 min of chat, labels deleted]"),
    M(RU, "Okay, we're back on. Priyanka, you've just had your draft. What's it like?", gap=480),
    P(PY, "It's 40 pages. I read it three times. And some of it is lovely, the all about me bit, they used my words. But then section F, the help, it says things like Arjun will have access to speech and language strategies. Access to. What does that mean? Who does it? How often?", PW, DE, -1, "pain"),
    P(DA, "Access to means nothing. You need it specific and quantified. 30 minutes, three times a week, by a speech and language therapist. Otherwise it's not worth the paper.", PW, DE, -1, "suggestion"),
    P(JO, "And you've got 15 days to send your comments. 15 days. They take 31 weeks and you get 15 days.", PW, DE, -1, "pain"),
    B(MA, "Wow."),
    P(PY, "15 days, yes, and the letter came in the half term, so.", PW, DE, -1, "pain"),
    P(BE, "Tyler's draft had another child's name in it. Halfway down page 6. Some girl called Maisie.", PW, DE, -1, "pain"),
    B(PY, "No!"),
    P(BE, "Cut and paste. I rang and the officer said, oh, that's a template issue. A template issue. I said I don't want Maisie's speech therapy, I want Tyler's.", PW, DE, -1, "pain"),
    M(RU, "And then naming a school. How did that go?"),
    P(PY, "That's where we are now. I want Brookside, the special school, or the resource base at Meadowbank. The plan says mainstream with support. And the case officer says Brookside is full, there's a waiting list, panel decides.", NS, DE, -1, "pain"),
    P(DA, "Panel. The famous panel. Nobody's ever met the panel.", NS, DE, -1, "pain"),
    P(PY, "And if they say no to Brookside, can I appeal that too? Or only the whole plan?", NS, DE, 0, "question"),
    P(DA, "You can appeal the school they name, section I. Look on the IPSEA website, they've got it all laid out.", RA, DE, 0, "neutral"),
    P(JO, "We named Thornleigh, where he already was, because they know him, and honestly they've been brilliant. That bit was easy. It's the only bit that was easy.", NS, DE, 1, "praise"),
    M(RU, "Once the final plan came, what changed day to day?"),
    P(JO, "The funding came, eventually, and he got a TA for most of the day. Mrs Patel. She's the reason he's still in school. I'm not exaggerating.", PD, US, 1, "praise"),
    P(BE, "Tyler's plan says 15 hours of one to one. He gets, I don't know, some of it. The TA is shared with two other children. The school says they only get funding for some of the hours. So the plan says one thing and the school does another.", PD, US, -1, "pain"),
    P(DA, "And the speech therapy. Chloe's plan has had speech and language therapy in it for six years. She's had it for, I'd say, two of them. Every time I ask it's, the NHS service has a vacancy.", PD, US, -1, "pain"),
    P(MA, "But if it's in the plan, isn't the council meant to make sure it happens?", PD, US, 0, "question"),
    P(DA, "Legally, yes. It's the council's duty. Try telling them that.", PD, US, -1, "pain"),
    M(RU, "Let's talk about what happens after, the reviews and the moves between schools. Dawn, you mentioned the move to secondary."),
    P(DA, "So the plan's supposed to be amended for secondary by the 15th of February in Year 6. Ours came in July. July! She'd already done her transition days at Kingsbrook Academy with no support in place, because officially she had no named school.", TR, FU, -1, "pain"),
    P(DA, "And by October she was, she stopped eating at school, the toilets, the noise. By February she wouldn't get out of the car.", TR, FU, -1, "pain"),
    B(BE, "Oh, love."),
    P(DA, "So now it's emotionally based school avoidance, EBSA, more letters. She's on two hours a week online tuition. Two hours. From a plan that says full-time mainstream with support.", PD, US, -1, "pain"),
    M(RU, "And the annual reviews, how do they work for you?"),
    P(JO, "The school runs them, and they're fine actually. Thornleigh do a lovely review, they get Alfie to do a little presentation with photos. But then it goes off to the council and nothing happens. The changes from last year's review still haven't come through.", AR, FU, 0, "pain"),
    P(DA, "Nobody from the council has come to one of Chloe's reviews since Year 4.", AR, FU, -1, "pain"),
    P(BE, "I didn't know they were meant to.", AR, FU, 0, "neutral"),
    P(DA, "They're invited. They just don't come.", AR, FU, -1, "pain"),
    M(RU, "If you could change one thing, what would it be?"),
    P(MA, "Tell parents at the start that they can ask. Put it in the school newsletter. I lost two years.", FO, FI, -1, "suggestion"),
    P(PY, "Make the plan say what actually happens. Who, how many hours, not access to.", PW, DE, 0, "suggestion"),
    P(JO, "One case officer. The same one, start to finish. That's it.", CM, PR, 0, "suggestion"),
    P(BE, "Say yes the first time when it's obvious. Don't make us fight for the obvious.", RA, DE, -1, "suggestion"),
    P(DA, "Come to the reviews. Just turn up. Even once.", AR, FU, -1, "suggestion"),
    M(RU, "Thank you. Honestly, that's really useful, and I'm sorry some of it's been so hard."),
    B(JO, "Thanks for listening, Ruth. Feels good to say it to someone from the council.", 1, "praise"),
    B(DA, "Cheers, Ruth. Tell Gemma she's all right.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 2: focus-group-2.md (a transcription agency's Word table, converted to
# GitHub-flavoured Markdown with pandoc for the team's research repository). Online,
# Teams, Tuesday 18 November 2025, 19:00. The agency typed intelligent verbatim from
# the recording: numbers one to nine in words, 10 and above in digits, [laughs]; Word
# turned the apostrophes curly (smarten() below, applied to this session's list, so
# the gold text has them too). The guide STARTS AT THE END (where are you now?) and
# jumps: now, transport, the Year 11 review, a plan from another county, back to the
# first signs, finding out, the request, refusals and the tribunal, the assessment,
# the draft, contact with the team, provision, the move to secondary, the future,
# one change each.
# ---------------------------------------------------------------------------
FG2 = [
    M(FAC, "Okay, I think we're recording now, it says recording at the top. So hello everyone and thank you for giving up your evening. I'm Imran, I'm from the service design team at Hartmoor County Council, and Ruth, who some of you have met, is here as well, but just listening. We're going to do this a bit backwards tonight. Rather than start at the beginning, I'd like to start with where you are right now. What's happening with the plan at the moment? And just say your first name before you start, it helps the transcriber."),
    P(SH, "I'll start, I'm Shona. So Evie's 16, she's in Year 11 at Kingsbrook Academy and she's moving to Wexcombe College in September, hopefully. We've just had her Year 11 review, which is the big one for post-16. And right now I'm waiting for the amended plan, which is supposed to come by the end of March. Supposed to.", TR, FU, 0, "neutral"),
    P(KW, "Kwame. My son Kofi is ten, Year 6 at St Aidan's. So we're in secondary transfer. We asked for Kingsbrook Academy, the council named Stowell High, which is two buses away, and he can't do buses. So we've lodged an appeal with the tribunal. That's where we are. Waiting for a hearing date.", NS, DE, -1, "pain"),
    B(HA, "Oh gosh, good luck."),
    B(KW, "[laughs] Thank you. We'll need it."),
    P(LI, "I'm Lisa, I'm a foster carer. I've got Jayden, he's 13, he came to me in the summer from Greyshire with a plan already. So I'm in the world of, the plan moves with him but the support doesn't, apparently.", TR, FU, -1, "pain"),
    P(TO, "Tomasz. My daughter Zofia is six, she has Down's syndrome. She goes to Brookside, the special school, since reception. So for us now it's mostly okay. The school is very good. The problem now is the taxi.", PD, US, 0, "neutral"),
    P(HA, "Hannah. Mia is 12, she's got ADHD and really bad anxiety. We were refused an assessment twice, we went to tribunal, we won, they had to assess, and now she has a plan. Which is good. And I've got a complaint in with the council about how long all that took, which is still going on. So I'm in every stage at once.", RA, FU, 0, "neutral"),
    B(SH, "Every stage at once. That's about right."),
    M(FAC, "Thank you. Tomasz, let's start with yours. The taxi."),
    P(TO, "So the council transport. Zofia goes in a taxi with two other children, with an escort. And it's fine when it comes. But this term the driver changed three times, and one morning nobody came, and nobody rang us. I waited until quarter past nine and then I drove her myself and I was late for work. And Zofia needs the same faces. A new driver, she won't get in. She sits on the pavement. You cannot explain this to a call centre.", PD, US, -1, "pain"),
    B(LI, "No, you can't."),
    M(FAC, "Who do you contact when it goes wrong?"),
    P(TO, "There is a number for transport. It's a different team from the SEND team. The SEND team say it's transport, transport say talk to the company. Everybody is very polite.", CM, US, -1, "pain"),
    M(FAC, "Shona, the Year 11 review. How did that go?"),
    P(SH, "The review itself was actually really good. The college sent someone, the careers adviser came, Evie came in for the first 20 minutes and said what she wanted, which was massive for her. It was the first review where it felt like it was about her future and not about what she can't do.", AR, FU, 1, "praise"),
    P(SH, "What worries me is everything after. The last time we had an amended plan it took seven months, and by then she'd changed year. If that happens now she starts college in September with a plan that still says Kingsbrook Academy.", TR, FU, -1, "pain"),
    B(HA, "Seven months."),
    P(LI, "Can I jump in? That's exactly Jayden. His plan still says his old school in Greyshire. Because Hartmoor have to, what is it, take it on and review it, and they haven't. So on paper he's at a school in another county.", TR, FU, -1, "pain"),
    M(FAC, "What's happened for Jayden in school meanwhile?"),
    P(LI, "The school have been good, they've just done what they can out of their own budget. But his one-to-one stopped when he moved, and his speech therapy stopped, because it was Greyshire's NHS. Hartmoor's waiting list is a year.", PD, US, -1, "pain"),
    P(LI, "And with looked-after children there's the virtual school as well, and the social worker, and the PEP meetings. Everybody has a meeting. Nobody has the plan.", CM, US, -1, "pain"),
    M(FAC, "Let's go right back for a bit. Kwame, before all this, when did you first realise Kofi needed more help?"),
    P(KW, "Reception, really. His teacher said he wasn't joining in, wasn't talking to the other children. We thought he was shy, he's our first, we didn't know. Then in Year 1 the meltdowns started, after school mostly, at home. The school said he's fine in school. He was masking, we know now. He held it together all day and then exploded in the car.", ES, N_, -1, "pain", split=True),
    P(HA, "Fine in school, oh, I know that one. Mia was exactly the same. Perfect in class, silent, good as gold, and then at home she'd scream for an hour. And every teacher said, we don't see it. As if I'm making it up.", SS, N_, -1, "pain"),
    P(SH, "Nobody spotted anything with Evie. She was diagnosed at 13. 13. Girls get missed, the autism nurse said, like it was just a fact about the weather.", ES, N_, -1, "pain"),
    M(FAC, "And how did you find out that you could ask for an assessment?"),
    P(HA, "Google, at one in the morning, after a bad night. I found IPSEA, the charity, and they have the model letters. I used their letter word for word. The school didn't even know I'd sent it until the council emailed them.", FO, FI, 1, "praise"),
    P(KW, "For us it was the SENCo. She was new, and she said, I think we should apply, and I said apply for what? I'd never heard of an EHCP. I thought it was something for children in wheelchairs.", FO, FI, 0, "neutral"),
    P(TO, "With Zofia it was the hospital, the paediatrician, from when she was a baby. There was a portage worker, she came to our house every two weeks, and she told us about the plan before nursery. We were lucky. We had somebody telling us everything.", FO, FI, 1, "praise"),
    M(FAC, "And the request itself. Who made it, and how did it go?"),
    P(SH, "I did. Through the portal. It asks you to upload evidence and I had nothing, because the school said she was fine. So I wrote what happens at home, the shutdowns, the not eating. And they agreed to assess within six weeks, which surprised me.", RQ, AP, 0, "neutral"),
    P(KW, "The school did ours. The SENCo did the form, I did the parental views. The portal wouldn't take my document because it was over five megabytes. I had to take the photos out. The photos of Kofi. Which was kind of the point.", RQ, AP, -1, "pain"),
    P(LI, "For Jayden it was Greyshire who did all that, years ago. I've only inherited the plan. Like inheriting a car with no logbook.", TR, FU, 0, "neutral"),
    M(FAC, "Hannah, you said you were refused twice. Can you say a bit about that?"),
    P(HA, "First time, they said she was making expected progress academically. Which she was, she's bright. But she was having panic attacks in the toilets every day. The letter didn't mention that once. Second time, same letter, I think they just changed the date.", RA, DE, -1, "pain"),
    P(HA, "So then we went to tribunal. I did it myself with help from SENDIASS, no lawyer. And the judge, it was a video hearing, she asked the council's representative, what evidence would you need? And he didn't really have an answer. We won in about 40 minutes.", RA, DE, 1, "praise"),
    B(KW, "Brilliant."),
    P(HA, "It was. And then the assessment still took 26 weeks. So from the first request to the plan it was nearly two years. Two years of her life.", AW, PR, -1, "pain"),
    P(HA, "Can I say something about the cost of all this to parents? I went down to three days at work. My marriage nearly didn't survive the tribunal year. Nobody measures that.", RA, DE, -1, "pain"),
    B(LI, "No, nobody does."),
    M(FAC, "Kwame, you're in the middle of an appeal now. What's that like?"),
    P(KW, "Honestly, it's like a second job. The bundle, the deadlines, the evidence. I work nights, I'm a nurse, so I'm doing tribunal paperwork at four in the morning on my break. And the council's solicitor emails at five on a Friday.", RA, DE, -1, "pain"),
    P(KW, "And I keep thinking, all this, the solicitor, the hearing, for a school that's ten minutes away. What does it cost them?", RA, DE, -1, "question"),
    M(FAC, "I don't know the answer to that, but it's a fair question."),
    P(LI, "It's always more than the support would have cost. Always.", RA, DE, -1, "pain"),
    M(FAC, "Let's go to the middle bit, the assessment. Tomasz, you said yours was quite smooth?"),
    P(TO, "Yes. For Zofia everything was already known. The reports from the hospital, the speech therapist, the portage. The case officer collected everything, the draft came in 16 weeks, the final in 20. Really, I have no complaint about this part.", AW, PR, 1, "praise"),
    B(SH, "Wow. That's a first."),
    P(TO, "I think it's because Down's syndrome, everybody understands. With autism, the mothers here have to fight. It's not fair, but it's what I see.", AW, PR, 0, "neutral"),
    P(HA, "No, he's right. Visible, you get the plan. Invisible, you get the letter.", RA, DE, -1, "pain"),
    M(FAC, "Did anyone meet the educational psychologist?"),
    P(KW, "Once, for an hour, in school. She was good, but an hour. The report said she'd recommend a further observation. There wasn't one.", AW, PR, 0, "pain"),
    P(SH, "We never met ours. It was a video call with Evie's camera off. The report was fine actually, but Evie felt like it was done to her, not with her.", AW, PR, 0, "pain"),
    M(FAC, "And the draft plans?"),
    P(SH, "Evie's draft was mostly written from the school's report. The bit about her views was two sentences. Evie likes art and animals. That's it. She's 16 and she wrote two pages about what she wanted and they used two sentences.", PW, DE, -1, "pain"),
    P(KW, "Ours had, in section F, Kofi will benefit from a quiet space. Benefit from. Every child benefits from a quiet space. It doesn't say he has one.", PW, DE, -1, "pain"),
    M(FAC, "Did you send comments back on the draft?"),
    P(KW, "11 pages of comments. The SENCo helped. About half of them made it into the final. The other half, no reply, no reason.", PW, DE, -1, "pain"),
    P(SH, "Did you get a meeting? You're supposed to be able to ask for a meeting about the draft.", PW, DE, 0, "question"),
    P(KW, "We asked. It was offered for a date after the deadline.", PW, DE, -1, "pain"),
    B(LI, "Of course it was."),
    M(FAC, "When the final plan came, how did you find out, and what did it feel like?"),
    P(HA, "An email at ten to six on a Friday with a PDF. No covering letter. I opened it in the car park at Tesco and cried, because it was right. For once it was right.", PW, DE, 1, "praise"),
    P(SH, "Ours came by post and by email and on the portal, three different versions, and they weren't the same. The one in the post had the old school in section I.", PW, DE, -1, "pain"),
    M(FAC, "What about talking to the SEND team through all this? Who did you deal with?"),
    P(HA, "I never spoke to a human until the tribunal. Everything was through the portal or the generic inbox. You get an automatic reply that says we aim to respond within 20 working days.", CM, PR, -1, "pain"),
    P(TO, "We have the same case officer since nursery. Gemma. She knows Zofia. Last year when the taxi was a disaster she made two calls and the next week it was sorted. This year she moved to a different area, so.", CM, US, 0, "praise"),
    B(SH, "Gemma moved? Oh no."),
    P(TO, "My wife does all the emails. I do the phone calls, because with my accent they think I am the taxi driver.", CM, US, -1, "pain"),
    B(SH, "[laughs] Sorry, Tomasz."),
    M(FAC, "Lisa, you're shaking your head."),
    P(LI, "Sorry, no, it's just, Jayden's had four case officers in six months, and two of them were agency. One of them called him Jason in an email to the school.", CM, PR, -1, "pain"),
    M(FAC, "Let's talk about what's in place now, day to day. Hannah, Mia has a plan now."),
    P(HA, "She does, and it's a good plan, I'll give them that, because the tribunal made them spell things out. She has a key adult, a safe space, a reduced timetable that builds up, and CAMHS input. And mostly it happens. She's in school four days a week. A year ago it was zero.", PD, US, 1, "praise", split=True),
    B(SH, "That's brilliant, Hannah."),
    P(SH, "For Evie the plan says a mentor once a week. The mentor left in October and there's been nobody since. I emailed the school, the school emailed the council, the council said it's the school's responsibility to deliver from the notional budget. And round it goes.", PD, US, -1, "pain"),
    M(FAC, "Kwame, the move to secondary. How has the council handled that?"),
    P(KW, "So the deadline is the 15th of February, and we got the proposed school in December, which was Stowell. Nobody asked us. Nobody visited Kofi. Stowell said themselves they're not sure they can meet his needs, it's in their consultation response, and they named it anyway.", NS, DE, -1, "pain"),
    P(SH, "How did you see the consultation response?", NS, DE, 0, "question"),
    P(KW, "Subject access request. I had to ask for my own son's file.", NS, DE, -1, "pain"),
    M(FAC, "Let's think about what's next. What are you worried about?"),
    P(SH, "Post-19. Evie's plan can carry on to 25 if she's in education, but everyone at the review talked about it like it ends at college. Nobody could tell us what happens with social care, adult services, any of it. Preparing for adulthood, they call it. It's a section in the plan with four bullet points.", TR, FU, -1, "pain"),
    P(TO, "For us, the annual review every year is the same. The same targets, copy and paste. Zofia has changed and the plan has not changed.", AR, FU, -1, "pain"),
    P(LI, "I'm worried Jayden moves placement again before anyone sorts out this plan. Then it starts all over in another county.", TR, FU, -1, "pain"),
    M(FAC, "If you could change one thing about how the council does this, what would it be? Hannah?"),
    P(HA, "Answer the first request properly. Read the evidence. Don't make families go to court to get what the law already says.", RA, DE, -1, "suggestion"),
    P(KW, "Talk to the parents before naming a school. A phone call. That's all I ask.", NS, DE, 0, "suggestion"),
    P(TO, "Keep the same case officer, like Gemma for us. And one number for transport where somebody answers.", CM, US, 0, "suggestion"),
    P(LI, "When a child moves county, the plan and the support move the same day. Not six months later.", TR, FU, 0, "suggestion"),
    P(SH, "Ask the young person, properly. Evie wrote two pages. Use them.", PW, DE, 0, "suggestion"),
    M(FAC, "Thank you all so much. That's really powerful, and we'll share a summary with you all in the new year."),
    B(TO, "Thank you for asking us.", 1, "praise"),
    B(HA, "Thanks, Imran. Genuinely helpful to hear the others.", 1, "praise"),
    B(KW, "Thank you, and wish us luck with the tribunal.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 3: interview-1.docx (typed up in Word by the researcher from her recording,
# no speaker labels: her questions and comments in italics, the answers in plain text,
# the guide's parts as Heading 2). STAFF: an EHC coordinator (SEND case officer),
# County Hall, Tuesday 25 November 2025.
# ---------------------------------------------------------------------------
INT1 = [
    M(ITAL, "Thanks for doing this, Gemma. Can you start by telling me what your job is, in your own words?", heading="Background"),
    P(UNK, "So I'm an EHC coordinator, a case officer, in the SEND assessment and review team. I hold a caseload of, at the moment, about a hundred and ninety children and young people. Some are new assessments, most are plans that already exist, reviews, transfers, amendments. In my own words? I chase people. That's most of it.", CM, PR, 0, "neutral"),
    M(ITAL, "A hundred and ninety."),
    P(UNK, "Yes. When I started, five years ago, it was about ninety. The number of requests has more than doubled. The team hasn't.", AW, PR, -1, "pain"),
    M(ITAL, "Walk me through what happens when a request comes in.", heading="Requests and the twenty weeks"),
    P(UNK, "It comes in through the Hub, or by email, or sometimes still a letter. We log it, and the six weeks starts from the day we receive it. We write to the school or the nursery for their evidence, what they've tried, and then it goes to the decision meeting, which is a group of officers, an EP and someone from health, and they decide whether to assess.", RQ, AP, 0, "neutral"),
    M(ITAL, "Is it true that you need a diagnosis?"),
    P(UNK, "No. Never has been. It's about whether the child may have special educational needs and may need provision through a plan. That's the test. But I hear that myth every week, and sometimes from schools, which is, yes.", FO, FI, -1, "pain"),
    M(ITAL, "What makes a request more likely to be turned down?"),
    P(UNK, "Honestly? When we can't see what's been tried. If a school sends two lines and no support plans, no reviews of what they've done, the panel will often say not yet. I know how that feels to a parent. The panel's looking at paper, and the paper's thin.", RA, DE, 0, "neutral"),
    M(ITAL, "Mm."),
    P(UNK, "And some of those come back to us after mediation with the evidence that should have been there at the start, and we agree. Which I understand looks terrible from outside.", RA, DE, -1, "pain"),
    M(ITAL, "It does. Some parents said it feels like a tactic."),
    P(UNK, "I can see why. I don't think anyone sits there thinking, let's refuse and see who gives up. But I can't tell you the effect isn't the same.", RA, DE, 0, "neutral"),
    M(ITAL, "The twenty weeks. How often do you meet it?"),
    P(UNK, "This year, for us, about four in ten. The biggest hold-up is the EP advice. We've got vacancies, we buy in locum EPs when we can, and they're booked months out. Then the health advice, which we don't control at all.", AW, PR, -1, "pain"),
    M(ITAL, "What do you tell families when it's late?"),
    P(UNK, "The truth, if I get to them. The problem is I've got forty people who all need a call that day, and the ones who shout get the calls. I'm not proud of that.", CM, PR, -1, "pain"),
    M(ITAL, "The ones who shout."),
    P(UNK, "Yes. Which means the families who don't know the system, who don't speak English, who haven't got the energy, they wait longest. I really worry about that.", CM, PR, -1, "pain", emph="really"),
    M(ITAL, "Parents told us draft plans say things like access to, or would benefit from. Why does that happen?", heading="Plans, schools and reviews"),
    P(UNK, "Partly it comes from the advice. If the speech therapist writes would benefit from, it's hard for me to turn that into thirty minutes a week when they won't commit to delivering it. And partly it's time. Writing a specific, quantified plan takes a day. I've got forty minutes.", PW, DE, -1, "pain"),
    M(ITAL, "And another child's name in a plan?"),
    P(UNK, "Oh no. That's the template, we write from a previous plan sometimes to save time. It's inexcusable, it really is. I've done it once. I still think about it.", PW, DE, -1, "pain"),
    M(ITAL, "How does naming a school work from your side?"),
    P(UNK, "We consult the school the parent asks for. They have fifteen days to respond. Then it goes to the placement panel. If it's a special school, there's the question of whether there's a place, and there often isn't. Brookside is thirty over its numbers. So the panel will sometimes name a mainstream school with support, and the parent can appeal that.", NS, DE, 0, "neutral", paras=2),
    M(ITAL, "Parents said nobody's ever met the panel."),
    P(UNK, "[laughs] That's fair. It's not a secret room. It's me and six colleagues on a Thursday on Teams with a spreadsheet. But I take the point, parents don't see it, so it feels like a black box.", NS, DE, 0, "neutral"),
    M(ITAL, "Once the plan's final, whose job is it to make sure it happens?"),
    P(UNK, "Legally, ours, the council's. In practice the school delivers most of it, and we fund the top-up. Where it breaks is therapy. If the plan says speech and language therapy and the NHS team has a year's waiting list, the duty is still ours, and we end up buying it in privately, but only when someone complains. We don't have a way to check delivery across two thousand plans. We find out at the annual review, if we're there, or when a parent rings.", PD, US, -1, "pain"),
    M(ITAL, "Are you there? At annual reviews?"),
    P(UNK, "Rarely. I'm invited to maybe fifteen a month. I get to one, if it's a difficult one. Then the paperwork comes in, and it should be four weeks to decide on changes, and it's often months, because new assessments always jump the queue. They've got the twenty-week deadline on them, and reviews don't shout as loudly.", AR, FU, -1, "pain"),
    M(ITAL, "What about the move to secondary, the February deadline?"),
    P(UNK, "That's our busiest time of year. Every Year 6 child with a plan, consultations with the secondaries, the panel, all before the fifteenth of February. We met it for most this year. Most. The ones we didn't, I know exactly who they are, and the families have every right to be angry.", TR, FU, 0, "pain"),
    M(ITAL, "And post-16?"),
    P(UNK, "That's the thirty-first of March. Colleges are better at responding than schools, actually. Where it falls down is preparing for adulthood. The plan's meant to look at work, living independently, friends, health. We're good at education and we're thin on everything else.", TR, FU, 0, "pain"),
    M(ITAL, "If you could change one thing?", heading="What would help"),
    P(UNK, "Caseloads. Half the caseload and I could do the job the law describes. I could go to reviews, I could ring people back, I could write plans that say who does what.", CM, PR, 0, "suggestion"),
    M(ITAL, "Anything that doesn't need more staff?"),
    P(UNK, "A tracker. Parents should be able to log in and see where their child's assessment is. Advice requested, advice received, draft due. Like a parcel. I'd get half as many calls.", CM, PR, 0, "suggestion"),
    M(ITAL, "Is there anything you're proud of?"),
    P(UNK, "The ones where you get it right, early, and the child just gets on with being a child. There's a little girl at Brookside I've had since nursery. Everything in her plan happens, every week. When it works, it really works.", PD, US, 1, "praise"),
    M(ITAL, "Thank you, Gemma. That's really honest."),
    B(UNK, "Thank you for asking. Nobody asks the case officers.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 4: interview-2.txt (WhatsApp chat exported from the researcher's work iPhone,
# "Without media"). Young person, 17, who chose to be interviewed by message rather
# than by phone; Wednesday 19 November 2025 evening and Thursday 20 November after
# college. A turn is the run of messages one person sent before the other replied
# (lists below); lower-case, abbreviations and emoji are Kai's own.
# ---------------------------------------------------------------------------
INT2 = [
    M(RKW, ["Hi Kai, it's Ruth from Hartmoor County Council \U0001F642 Thanks for agreeing to do this by message.\nLike we said, you can stop any time, skip any question, and take as long as you like to reply. Is now still ok?"]),
    B(KAI, ["yeah now is fine"]),
    M(RKW, ["Great. To start, can you tell me a bit about yourself? Whatever you're happy to share."]),
    P(KAI, ["im kai im 17", "im at wexcombe college doing level 2 IT. im autistic. i like gaming and building pcs", "i have had an ehcp since year 5 i think. my mum did all of it"], ES, N_, 0, "neutral"),
    M(RKW, ["Thanks Kai. What do you remember about getting the plan? Even small things."]),
    P(KAI, ["not much tbh", "i remember a lady coming to school and doing puzzles with me and asking what i liked. i think she was the psychologist", "she was nice she let me use her pen with the light on it"], AW, PR, 1, "praise"),
    M(RKW, ["That sounds like a good memory \U0001F642 Anything else from that time?"]),
    P(KAI, ["i remember mum crying at the kitchen table with loads of paper. i didnt know why then", "i do now lol"], AW, PR, -1, "pain"),
    M(RKW, ["What was primary school like, before and after the plan?"]),
    P(KAI, ["before it was bad. i used to hide under the table in the reading corner and they sent me home a lot", "after the plan i had mr hughes he was my TA. he got me. he let me go to the library when the hall was too loud"], PD, US, 1, "praise"),
    M(RKW, ["Mr Hughes sounds great. And the move to secondary?"]),
    P(KAI, ["secondary was worse at first. kingsbrook academy. its massive like 1500 kids", "i got lost every day for like a month"], TR, FU, -1, "pain"),
    M(RKW, ["What support did you get there?"]),
    P(KAI, ["my plan said i should have a TA in lessons but there wasnt one most of the time", "they had a room called the hub where you could go but it was full of kids who got sent out so it wasnt calm at all"], PD, US, -1, "pain"),
    M(RKW, ["You've been to your annual reviews, I think? What are they like for you?"]),
    P(KAI, ["i go to the first bit. its like 8 adults round a table talking about me", "they say kai finds this hard kai struggles with that. like im not there"], AR, FU, -1, "pain"),
    M(RKW, ["That sounds really uncomfortable. Does anyone ask you what's changed?"]),
    P(KAI, ["one time the lady from the council read out the all about me page and it said kai loves thomas the tank engine", "i was 15 \U0001F602"], AR, FU, -1, "pain"),
    M(RKW, ["Oh no \U0001F62C"]),
    P(KAI, ["hang on ill find it", "thats from my plan now. still there"], AR, FU, -1, "pain", media_after=0),
    M(RKW, ["Thanks for sending that. So it still says that now? At 17?"]),
    P(KAI, ["yep", "nobody changed it. i told them at my last review and they said they would update it"], AR, FU, -1, "pain"),
    M(RKW, ["How did the move to college go?"]),
    P(KAI, ["better than i thought. i did 3 taster days in the summer and the learning support lady showed me the quiet room and where the lift is even though i dont need the lift", "she said just so you know where everything is"], TR, FU, 1, "praise"),
    M(RKW, ["Was your plan ready for college when you started?"]),
    P(KAI, ["no. mum says it came in october", "it still said kingsbrook on the front page for the whole first term", "sorry gtg tea is ready. can we do the rest tomorrow"], TR, FU, -1, "pain"),
    M(RKW, ["Of course! Enjoy your tea. Tomorrow after college is fine, or whenever suits you \U0001F642"]),
    B(KAI, ["hi im back"], next_day=True),
    M(RKW, ["Hi Kai! Thanks for coming back. Yesterday you said college was better than you thought. What support do you actually get there?"]),
    P(KAI, ["quiet room\nextra time in tests\nand a study support session on wednesdays with dave", "and i can leave lessons 5 mins early so i dont have to do the corridors when its busy", "that one is the best one honestly"], PD, US, 1, "praise"),
    M(RKW, ["That sounds really thought through. How do you get to college?"]),
    P(KAI, ["bus. i had travel training in year 11 where someone came with me on the bus for like 3 weeks and then followed me and then i did it on my own", "i was scared but its fine now", "the first week i got off at the wrong stop and had to walk for ages"], PD, US, 1, "praise", edited=2),
    M(RKW, ["Do you feel like the plan is yours? Like it's about you?"]),
    P(KAI, ["not really. its about what im bad at", "there is nothing in it about what i want to do"], PW, DE, -1, "pain"),
    M(RKW, ["There's meant to be a preparing for adulthood part in your plan. Has anyone talked to you about jobs, or what happens after college?"]),
    P(KAI, ["the careers man once. he said have you thought about an apprenticeship. i said what about my autism and he said they have to make adjustments", "that was it. 10 minutes"], TR, FU, -1, "pain"),
    M(RKW, ["Did you know the plan can carry on until you're 25 if you're still in education?"]),
    P(KAI, ["no?? nobody said that"], FO, FI, -1, "pain", deleted_before=True),
    M(RKW, ["What would make your reviews better?"]),
    P(KAI, ["let me write my bit before. i dont like talking in the meeting but i can write loads", "like this \U0001F602", "and not 8 people. 3 max"], AR, FU, 0, "suggestion"),
    M(RKW, ["If you could tell the people who run the SEND service one thing, what would it be?"]),
    P(KAI, ["ask me not my mum. im 17", "im literally the person its about"], AR, FU, -1, "suggestion"),
    M(RKW, ["I'll make sure that gets said. Thank you so much Kai, this has been really helpful. I'll email the voucher to you today \U0001F44D"]),
    B(KAI, ["np. thanks for doing it by text. if it was a call i wouldnt have done it"], 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 5: interview-3.srt (recorded on the research phone at Stowell Family Hub,
# Thursday 20 November 2025, transcribed in the digital team's pilot: Deepgram with
# diarisation, smart formatting and utterances, captions written with the
# deepgram-captions package's srt(): eight words a cue, "[speaker N]" on a line of its
# own when the speaker changes). Mother of an eight-year-old; her answers jump between
# now and the past.
# ---------------------------------------------------------------------------
INT3 = [
    M(SP0, "Okay, that's recording. Thanks for coming in, Aisha. Just to say again, you can stop whenever you want. Can you tell me a little bit about Yusuf?"),
    P(SP1, "Yes. Yusuf is 8, he's in Year 3 at Stowell Primary. He has speech and language difficulties, and they think ADHD, we're still waiting for that. He's a lovely boy, very funny, he loves football, loves his little sister. But school has been hard from the beginning.", ES, N_, 0, "neutral"),
    M(SP0, "When did you first notice he needed more help?"),
    P(SP1, "Honestly, when he was 2. He wasn't talking, just a few words. The health visitor referred him to speech therapy and there was a waiting list of, I think, 9 months. Then he had 6 sessions and they discharged him. 6 sessions.", ES, N_, -1, "pain"),
    M(SP0, "And at school?"),
    P(SP1, "In reception the teacher said he's very active. Very active. That was the word. By Year 1 they were calling me every week to pick him up early. He'd thrown a chair. He'd run out of the classroom. And I'm thinking, he can't tell you what's wrong, so he shows you.", SS, N_, -1, "pain"),
    M(SP0, "Mm."),
    P(SP1, "I had to leave my job at the pharmacy because I was picking him up so much. So it affected all of us. Even now, I only work two mornings.", ES, N_, -1, "pain"),
    M(SP0, "How did you find out about an EHC plan?"),
    P(SP1, "From another mum at the school gate. She said, you need to ask for an EHCP, and I said, what is that? She sent me the link to SENDIASS on WhatsApp. I rang them and a lady called me back the next day and explained everything. Honestly, she was the first person who listened.", FO, FI, 1, "praise"),
    M(SP0, "Did the school support the request?"),
    P(SP1, "At first they said, we can do it, but let's wait until the end of the year and see how he settles. And I said no, I'm going to do it now. The SENDIASS lady said I can do it myself. So I did.", RQ, AP, 0, "neutral"),
    M(SP0, "How was doing it yourself?"),
    P(SP1, "The form was long. English is my second language, so it took me a long time. My niece helped me, she's at university. We did it together over 2 weekends.", RQ, AP, 0, "neutral"),
    M(SP0, "And what happened then?"),
    P(SP1, "They agreed to assess. That was quick, actually, 5 weeks. I got a letter and an email. I was so happy. I thought, okay, now it will be fixed.", RQ, DE, 1, "praise"),
    M(SP0, "But?"),
    P(SP1, "But then nothing happened for months. I emailed the case officer. Nobody answered. I rang the number, it went to a voicemail that said the mailbox was full.", CM, PR, -1, "pain"),
    M(SP0, "How long did the assessment take in the end?"),
    P(SP1, "31 weeks. The educational psychologist saw him at week 22. I know because I was counting. Every week I was counting.", AW, PR, -1, "pain"),
    M(SP0, "That's a long time."),
    P(SP1, "It's a long time when your son is being sent home every week. That year he was excluded for 3 days. 3 days, for a 7 year old.", SS, PR, -1, "pain"),
    M(SP0, "What was the draft plan like when it came?"),
    P(SP1, "Long. Very long. I read it with my niece again. Some parts were good, the part about Yusuf, his views, they put his drawing in, which made me cry. But the help part, it said small group work, regular speech and language input. Regular. What is regular?", PW, DE, -1, "pain"),
    M(SP0, "Did you comment on it?"),
    P(SP1, "Yes, SENDIASS helped me. We asked for it to say how many hours, who would do it. They changed some things. Not everything.", PW, DE, 0, "neutral"),
    M(SP0, "And the school named in the plan?"),
    P(SP1, "Stowell Primary, his school. I wanted that. They know him, his sister is there. That part was fine.", NS, DE, 1, "praise"),
    M(SP0, "So now he's got the plan. What's actually happening day to day?"),
    P(SP1, "Now? Now is the problem. The plan says 20 hours of support from a teaching assistant. He has a TA in the mornings, but she's also with 2 other children. In the afternoon, nothing. And the speech therapy, he had 1 visit since September. 1.", PD, US, -1, "pain"),
    M(SP0, "Have you raised that with anyone?"),
    P(SP1, "I told the school. The SENCo said, we don't have the funding for the full hours, the council only pays for some. I emailed the council. They said the school must deliver the plan. So everybody says it's the other one.", PD, US, -1, "pain"),
    M(SP0, "Mm-hmm."),
    P(SP1, "I feel like a ping pong ball.", PD, US, -1, "pain"),
    M(SP0, "Has there been an annual review yet?"),
    P(SP1, "Not yet. It should be in March. I don't know who organises it. The school, I think?", AR, FU, 0, "question"),
    M(SP0, "Usually the school, yes. Was there anything about how the council talked to you that worked well?"),
    P(SP1, "The letters were clear, I will say that. Short. They explained what happens next. The letter saying they will assess had a little diagram. That helped me, with my English, a diagram is good.", CM, DE, 1, "praise"),
    M(SP0, "And what didn't work?"),
    P(SP1, "Nobody ever rang me. Not once in the whole thing. Everything was emails or the Hub. When you are worried, you want a person.", CM, PR, -1, "pain"),
    M(SP0, "If you could change one thing for other parents, what would it be?"),
    P(SP1, "Tell them early. At the school gate, in the nursery, the doctor. I found out from a mum. Not from the school, not from the council. From a mum.", FO, FI, -1, "suggestion"),
    M(SP0, "Thank you so much, Aisha. I'll stop the recording there."),
    B(SP1, "Thank you. It was good to talk about it.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 6: interview-4.xlsx (typed in Excel by the researcher from his recording:
# a title and a metadata row, a grouping row above the real header, one row per turn,
# the time as an Excel time, memos and a quote flag; saved with the filter he used to
# read only the SENCo's answers still on, so his own rows are hidden). SCHOOL STAFF:
# the SENCo of Thornleigh Primary, at the school, Wednesday 26 November 2025.
# ---------------------------------------------------------------------------
INT4 = [
    M(ME, "Thanks for fitting me in. Could you start by telling me about your role?"),
    P(SEN, "Sure. I'm the SENCo at Thornleigh, I've been here eight years. I also teach Year 4 two days a week, so I'm SENCo three days. We've got 280 children, 31 on SEN support and 14 with EHC plans. 14's a lot for a school our size.", SS, N_, 0, "neutral"),
    M(ME, "What does SEN support look like here, for children without a plan?"),
    P(SEN, "Each child has a support plan, reviewed with parents every term. Small group work, a bit of TA time, the speech and language programme if there is one. For most children that's enough, honestly. The ones where it isn't, you can see it in the reviews, term after term.", SS, N_, 0, "neutral"),
    M(ME, "And what does a request for assessment look like from the school side?"),
    P(SEN, "It's a lot of work, honestly. The council wants to see two cycles of assess, plan, do, review, so at least two terms of written-up support and what difference it made. Then the request form, the evidence, the parents' views, the pupil's views. A good request takes me a full day. Usually it's my Saturday.", RQ, AP, -1, "pain"),
    M(ME, "A Saturday."),
    B(SEN, "Yes. I'm not complaining. Well, I am a bit."),
    M(ME, "Do you ever tell parents they need a diagnosis first?"),
    P(SEN, "No, and I'd be cross if any of my staff did. But I know some schools do, because parents come to me having been told it somewhere else. It's a myth that just won't die.", FO, FI, -1, "pain"),
    M(ME, "Why do you think schools sometimes hold back?"),
    P(SEN, "Some of it is the evidence thing, they want to be sure they'll get it, because a refusal is demoralising for everyone. And some of it, if I'm honest, is that a plan brings expectations the school has to fund the first six thousand of. That's the notional budget. So there's a money reason nobody says out loud.", SS, AP, 0, "neutral"),
    M(ME, "That's honest."),
    B(SEN, "Well, you said it was anonymous."),
    M(ME, "How does the six-week decision go, from where you sit?"),
    P(SEN, "That part's usually on time. It's a yes or no with a reason. When it's no, the reason is almost always not enough evidence of the graduated approach, which is sometimes fair and sometimes not.", RQ, DE, 0, "neutral"),
    M(ME, "And during the assessment?"),
    P(SEN, "I write the school's advice, which is another day. Then I hear nothing. The EP comes in for one observation, if we're lucky. The first I hear about the draft is usually the parent forwarding it to me in a panic.", CM, PR, -1, "pain"),
    M(ME, "What do you think of the drafts, generally?"),
    P(SEN, "Mixed. Some of the case officers write brilliant plans, really specific. Others, it's access to, opportunities to, would benefit from. And I have to deliver it, so I need to know what it means. I send comments on every single one.", PW, DE, 0, "pain"),
    M(ME, "And the consultation, when a parent names your school?"),
    P(SEN, "We get 15 days to respond. We say yes most of the time. I've only said we can't meet need twice, and both times it was because the child needed a specialist setting, not because we didn't want them. But I hate writing those letters.", NS, DE, 0, "neutral"),
    M(ME, "Once a plan is final, how do you fund what's in it?"),
    P(SEN, "The council sends top-up funding, in bands. Band 3 is about four thousand pounds on top of our six. For a child who needs a full-time TA, that doesn't cover it. A TA costs us twenty-two thousand. So the difference comes out of the budget for everyone else.", PD, US, -1, "pain"),
    M(ME, "So what happens?"),
    P(SEN, "We share TAs. We do our best. And I know parents see it as the school not delivering the plan, and sometimes they're right. I'd rather be honest with them than pretend.", PD, US, 0, "pain"),
    M(ME, "What about therapies? Speech and language?"),
    P(SEN, "That's the big one. The NHS team has a waiting list of a year. The plan says termly visits and a programme delivered by a TA. We get the programme, in the post, sometimes. We never see the therapist.", PD, US, -1, "pain"),
    M(ME, "Let's talk about annual reviews."),
    P(SEN, "I run them, about 14 a year, plus interim ones. I invite the council every time. They come maybe once a year, for the difficult ones. Then I send the paperwork within two weeks, and the changes take, I've got one from March that still hasn't been issued.", AR, FU, -1, "pain"),
    M(ME, "What makes a good review?"),
    P(SEN, "When the child is in the room in a way that works for them. Alfie, oh, I shouldn't, one of our boys does a slideshow of photos, things he's proud of. Parents cry. I cry. It's the best hour of the year.", AR, FU, 1, "praise"),
    M(ME, "I won't write his name down. What about Year 6 and the move to secondary?"),
    P(SEN, "Honestly, that's where I worry most. The plan's meant to name the secondary by the 15th of February. Some years it's fine. Last year two of ours didn't know their school until after Easter. Those children had no proper transition. One of them isn't attending at all now.", TR, FU, -1, "pain"),
    M(ME, "What do you do in the meantime?"),
    P(SEN, "I do extra visits myself, unofficially, to the likely school. I ring their SENCo. SENCos talk to each other more than the system talks to us.", TR, FU, 0, "neutral"),
    M(ME, "How is communication with the SEND team generally?"),
    P(SEN, "Depends entirely on the case officer. Gemma, for example, she'll pick up the phone. Others I've emailed six times. There's no shared system where I can see what stage a plan is at, so I ring the general number and wait.", CM, PR, 0, "pain"),
    M(ME, "What would help you most?"),
    P(SEN, "A shared system, so I can see where things are. And plans that say who does what and who pays for it. If it's in the plan and it's not funded, say so, so we can sort it, rather than everyone pretending.", CM, PR, 0, "suggestion"),
    M(ME, "And for parents?"),
    P(SEN, "Someone to tell them at the start how it works. I spend half my parent meetings explaining the process. Which is fine, it's part of the job, but every SENCo in the county explains it slightly differently.", FO, FI, 0, "suggestion"),
    M(ME, "Thank you. That's really helpful."),
    B(SEN, "Thank you for coming out. And do tell them about the top-up bands.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 7: interview-5.csv (Teams call recorded on the council laptop, the audio
# sent through the digital team's pilot: AssemblyAI with speaker labels, the
# transcript's sentences saved from a pandas DataFrame, one row per sentence). Father
# of a 15-year-old, Thursday 27 November 2025. He starts with the complaint and goes
# back.
# ---------------------------------------------------------------------------
INT5 = [
    M(SA, "Okay, so we're recording. Thanks for doing this, Neil. Where would you like to start?"),
    P(SB, "Can I start with the complaint? Because that's what's on my mind. I put a formal complaint in to the council in June about the delays, and I got the stage one response last week. Five months. The response apologised for the delay in responding to my complaint about delays.", RA, FU, -1, "pain"),
    M(SA, "That's, yes. What was the complaint about?"),
    P(SB, "Everything, really. But mainly that the annual review from last year was never finalised, so the plan Harvey has is two years out of date, and he's in Year 10 doing his GCSEs.", AR, FU, -1, "pain"),
    M(SA, "Let's go back a bit, if that's okay. When did it start for Harvey?"),
    P(SB, "Year 3, Year 4. He couldn't read properly. He'd guess words from the pictures. We paid for a dyslexia assessment privately in Year 5, which said severe dyslexia, and the school put him in a phonics group with the Year 2s. You can imagine how that went down with a 10 year old.", ES, N_, -1, "pain"),
    M(SA, "Mm."),
    P(SB, "And then the anxiety started. Stomach aches every Sunday night. By Year 8 he was refusing to go in.", ES, N_, -1, "pain"),
    M(SA, "When did you first ask for an assessment?"),
    P(SB, "Year 7. I did it myself. I'm an accountant, I'm used to forms, I thought, how hard can it be? It was refused. Then again in Year 8, refused. Both times it said his attainment was within the expected range. Which it was, because he's clever and he was working himself into the ground to keep up.", RA, DE, -1, "pain"),
    M(SA, "What did you do after the second refusal?"),
    P(SB, "Mediation first, which you have to at least consider to get the certificate. The mediator was very good, actually, very fair. But the council sent someone who said she had no authority to agree anything. So what was the point?", RA, DE, -1, "pain"),
    M(SA, "And then tribunal?"),
    P(SB, "Then tribunal. I got a solicitor, which cost us £4,500. Eight days before the hearing the council conceded. Didn't even turn up to argue. So £4,500 for a letter saying fine.", RA, DE, -1, "pain"),
    M(SA, "How did that feel?"),
    P(SB, "Honestly? Relief and fury in about equal amounts. Relief, obviously. Fury, because it was two years of his life and they clearly knew.", RA, DE, -1, "pain"),
    M(SA, "And the assessment itself?"),
    P(SB, "It was actually okay. The EP was excellent. She spent a whole morning with him. Her report was the first thing anyone had written that understood him. He read it and said, she gets it. That's the best thing anyone's said about the whole process.", AW, PR, 1, "praise"),
    M(SA, "And the plan?"),
    P(SB, "The final plan came at week 23, so three weeks late, which, after everything, I didn't care. It was decent. It named Kingsbrook Academy, with specialist literacy teaching twice a week and a mentor.", PW, DE, 1, "praise"),
    M(SA, "Did that happen?"),
    P(SB, "For the first year, mostly, yes. The literacy teacher was brilliant. Then she left, and the school said they were recruiting, and that was 14 months ago.", PD, US, -1, "pain"),
    M(SA, "Who did you speak to about that?"),
    P(SB, "The school, then the council. The council's answer was that the school is responsible for delivering. The school's answer was they can't recruit. My answer was that the law says the council has to secure the provision. Nobody liked my answer.", PD, US, -1, "pain"),
    M(SA, "Right."),
    P(SB, "I'm not a difficult parent. I just read the code of practice. Apparently that makes you difficult.", CM, FU, -1, "pain"),
    M(SA, "Tell me about the annual reviews."),
    P(SB, "The first one was good. The school ran it, Harvey came, the EP's targets were looked at. The school sent everything to the council and recommended changes. Then nothing. No amended plan, no letter saying they'd decided not to amend, nothing. 18 months.", AR, FU, -1, "pain"),
    M(SA, "Did anyone explain why?"),
    P(SB, "When I finally got through, the officer said the amendments team had a backlog of 400. 400. And she was very apologetic. I believe her. It's not her fault.", AR, FU, 0, "pain"),
    M(SA, "How's Harvey now?"),
    P(SB, "He's doing his GCSEs. He's predicted fives and sixes, which is amazing given everything. He wants to do A levels at Wexcombe College. And I'm terrified, because the plan still describes him at 13, and the college will read it and think that's him.", TR, FU, -1, "pain"),
    M(SA, "What do you know about the post-16 move?"),
    P(SB, "I know the deadline is the 31st of March for the plan to name the college. I know that because I looked it up. Nobody's told us. The review where that should be discussed hasn't been booked.", TR, FU, -1, "pain"),
    M(SA, "What's it been like for the family?"),
    P(SB, "It's taken over. My wife and I, every conversation ends up being about the plan. Harvey's sister says we only talk about Harvey's school. She's right.", ES, N_, -1, "pain"),
    M(SA, "Is there anything that's worked well?"),
    P(SB, "The SENDIASS adviser. The EP. Harvey's form tutor. Individuals, always individuals. The system hasn't done anything well. People have.", CM, FU, 0, "praise"),
    M(SA, "If you could change one thing?"),
    P(SB, "Deadlines that apply both ways. I have 15 days to respond to a draft. They have four weeks to amend after a review, they take 18 months, and nothing happens to them. If I miss my 15 days, that's it.", AR, FU, -1, "suggestion"),
    M(SA, "That's a really clear point."),
    P(SB, "And a named person who answers. One person.", CM, FU, 0, "suggestion"),
    M(SA, "Thank you, Neil. Is there anything else?"),
    P(SB, "Just that I'd like to know what happens with this. People have asked us before and we never heard anything back.", CM, FU, 0, "suggestion"),
    M(SA, "I'll make sure we send a summary. Thanks so much."),
]

# ---------------------------------------------------------------------------
# Session 8: interview-6.md (a Logseq page: the researcher typed the interview from
# her recording into her research graph: page properties at the top, the guide's
# parts as heading blocks, a block per turn under them, "RK: " / "Sam: " typed in,
# a second paragraph of a long answer as a block of its own without a name, a few
# [[page links]] and a #quote tag added while typing, Logseq's own id:: and
# collapsed:: property lines). Mother of a five-year-old, by phone, Friday 28 November
# 2025.
# ---------------------------------------------------------------------------
INT6 = [
    M(RK, "Thanks for making time, Sam. Can you start by telling me about Ruby?", heading="## Background"),
    P(SAM, "Ruby's five, she's in reception at Brookside, the special school. She's got global developmental delay and epilepsy, and she's non-verbal, she uses Makaton and a talker, an iPad thing. She is the happiest child you've ever met. Honestly. She claps when the bin lorry comes.", ES, N_, 0, "neutral"),
    M(RK, "When did you first know she'd need extra help?"),
    P(SAM, "From about six months. She wasn't sitting, wasn't babbling. Then the first seizure at ten months. After that it was hospital, hospital, hospital. So we were in the system from very early, which in a weird way made the EHCP easier.", ES, N_, 0, "neutral"),
    M(RK, "Who told you about EHC plans?", heading="## Finding out and asking"),
    P(SAM, "The portage worker, Bev. She came every fortnight. She said, when Ruby's three we'll start thinking about her plan, and she gave me a leaflet from the Local Offer and the forum's number. Without Bev I wouldn't have known where to start.", FO, FI, 1, "praise", links=["Local Offer"]),
    M(RK, "And who made the request?"),
    P(SAM, "The nursery, with the area SENCo. I wrote my bit. I wrote six pages, because once you start. And Ruby's views, they did them with photos, what she likes, what makes her cross. The bin lorry made it in.", RQ, AP, 1, "praise"),
    M(RK, "How long did the assessment take?"),
    P(SAM, "About nineteen weeks for the draft? Then twenty-two for the final. So a bit late, but not much, and they told me why. The health advice was late because the neurologist was on leave.", AW, PR, 0, "neutral"),
    M(RK, "Did anyone keep you updated?"),
    P(SAM, "The case officer emailed me every few weeks, just a line, still waiting for this, got that. It sounds small but it meant I wasn't lying awake wondering.", CM, PR, 1, "praise", tag="#quote", block_id=True),
    M(RK, "What was the draft like?", heading="## The plan and the school"),
    P(SAM, "The draft was good on health, the epilepsy care plan, the rescue meds, who's trained. It was weak on communication. It said she'd have access to a communication-rich environment. I don't know what that is. I asked for it to say she'd have her talker every lesson and a speech therapist who knows AAC.", PW, DE, 0, "pain", split=True),
    M(RK, "Did they change it?"),
    P(SAM, "Half. The talker's in. The therapist bit became advice from. Advice from isn't therapy.", PW, DE, -1, "pain"),
    M(RK, "Naming a school. How did that go?"),
    P(SAM, "That was the hard bit. I wanted Brookside. The council named Stowell Primary with the resource base, which is lovely, but Ruby needs medical staff on site and she can't do a class of thirty. It went to panel twice.", NS, DE, -1, "pain", links=["panel"]),
    M(RK, "Mm."),
    P(SAM, "Then in July they said Brookside, yes, subject to a place. And the place was confirmed on the nineteenth of August. She started on the fourth of September. So we had two weeks to do the transition. For a child who needs months.", NS, DE, -1, "pain"),
    M(RK, "Two weeks."),
    P(SAM, "Two weeks. We did it though. Brookside were amazing, they did home visits in the holidays, they came to us.", TR, US, 1, "praise"),
    M(RK, "And transport?", heading="## Since September"),
    P(SAM, "Oh, transport. I applied in June, because you have to apply separately, nobody tells you that, it's not part of the plan. Heard nothing. Rang at the end of August, they'd lost the form.", PD, US, -1, "pain"),
    M(RK, "Lost it?"),
    P(SAM, "Lost it. So the first three weeks I drove her, which meant I missed three weeks of work. Then the taxi came, and the escort is trained in her seizure meds, which is the main thing. So it's fine now. It's fine.", PD, US, 0, "pain", split=True),
    M(RK, "How is Brookside day to day?"),
    P(SAM, "It's like she's been there forever. Speech therapy in school every week, physio, the hydro pool. Everything in the plan, and more. I keep waiting for the catch.", PD, US, 1, "praise"),
    M(RK, "Has she had an annual review yet?"),
    P(SAM, "Not yet, it's in the spring. I'm a bit nervous, because her plan still has the nursery's targets in it. It needs rewriting, really.", AR, FU, 0, "neutral"),
    M(RK, "Looking back, what was the hardest part?", heading="## Looking back"),
    P(SAM, "Not knowing. Waiting for the school was the worst summer of my life. I had two bags packed for two different schools in my head.", NS, DE, -1, "pain"),
    M(RK, "And what would you change?"),
    P(SAM, "Decide the school earlier. For children starting reception you know a year ahead who's coming. Don't leave it till August.", NS, DE, -1, "suggestion"),
    M(RK, "Anything else?"),
    P(SAM, "Put transport in the same process. One form. Why is it separate?", PD, AP, 0, "suggestion"),
    M(RK, "Thank you so much, Sam. That's been brilliant."),
    B(SAM, "Thank you. And say thank you to Bev if you ever see her.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Codebook, written before coding (examples are exact excerpts of participant
# turns of that theme; checked in main())
# ---------------------------------------------------------------------------
CODEBOOK = [
    (ES, "When the need arose",
     "The child struggling before anything was asked for, and what that did at home: late "
     "talking, meltdowns after school, reading that did not come, anxiety, seizures; "
     "diagnoses and the waiting lists for paediatricians, autism assessments and therapy; "
     "private reports paid for; who the child is; jobs given up, siblings, a family taken "
     "over by it. How the school responded goes to school_support.",
     ["we lost about two years being told he was quirky", "She claps when the bin lorry comes.",
      "Stomach aches every Sunday night."]),
    (FO, "Finding out what you can ask for",
     "Where parents and young people learned that an assessment can be asked for and how: "
     "SENDIASS, IPSEA and its model letters, the parent carer forum, Facebook groups, another "
     "mum at the school gate, the portage worker, the hospital, the Local Offer website; the "
     "myths (a diagnosis is needed first, only the school can ask, plans are for wheelchair "
     "users, a plan ends at college); wishes to be told early and the same way everywhere. "
     "Information about one later step (appealing the school named) goes to that step's theme.",
     ["It's about needs, not labels.", "I thought it was something for children in wheelchairs.",
      "I found out from a mum."]),
    (SS, "Support at school without a plan",
     "SEN support in school before or instead of a plan: fine in school and masking, every "
     "child develops at their own pace, the graduated approach and its two cycles of assess, "
     "plan, do, review, a SENCo's time, part-time timetables, exclusions and being sent "
     "home, the school's budget as a reason to hold back.",
     ["every child develops at their own pace", "As if I\u2019m making it up.",
      "So there's a money reason nobody says out loud."]),
    (RQ, "Asking for an assessment",
     "Making the request: who asks (the parent, the school, the nursery with the area "
     "SENCo), the EHCP Hub portal and its form, parental views and the child's views, "
     "uploads that fail, the school's evidence, the decision meeting and the six weeks, a "
     "yes to assess. A refusal to assess goes to refusal_appeal.",
     ["I lost the parental views bit and I cried", "I had to take the photos out.",
      "Usually it's my Saturday."]),
    (AW, "The assessment and the 20 weeks",
     "The assessment itself and the wait: meeting the educational psychologist and what "
     "the report got right, EP shortages and locums, health and CAMHS advice that is late or "
     "empty, the 20 weeks overrun and counted week by week, caseloads, some conditions "
     "getting through more easily than others. Being kept informed goes to contact_with_team.",
     ["What 20 weeks? Ours was 31.", "That's the one report I actually recognised my son in.",
      "Every week I was counting."]),
    (CM, "Contact with the SEND team",
     "How the council and the other services talk to families at any stage: case officers "
     "who ring back and officers who change or vanish, the generic inbox and its automatic "
     "reply, a full voicemail, clear letters, transport and SEND passing families between "
     "them, meetings where nobody has the plan, officers who talk to the parent instead of the "
     "young person, being seen as difficult; wishes for one named person and a tracker.",
     ["Each one introduced themselves by email and then vanished.",
      "the ones who shout get the calls", "Everybody has a meeting. Nobody has the plan."]),
    (PW, "The draft and final plan",
     "What the plan says and how it was put together: vague wording (access to, would "
     "benefit from, regular, advice from) against specific and quantified provision, the "
     "child's or young person's views cut to two sentences, another child's name, the 15 "
     "days to comment and a meeting offered too late, versions that differ, a final plan "
     "that is right at last, a plan about what the young person cannot do.",
     ["Access to. What does that mean?", "I don't want Maisie's speech therapy, I want Tyler's.",
      "Advice from isn't therapy."]),
    (NS, "Naming a school",
     "Which school the plan names: the parent's preference and the consultation with the "
     "school, special school places and waiting lists, the placement panel, mainstream with "
     "support named instead, a school named without asking anyone, the place confirmed in "
     "August, appealing the school named; wishes to talk to parents and decide earlier. The "
     "move itself goes to transitions.",
     ["Nobody's ever met the panel.", "I had to ask for my own son\u2019s file.",
      "I had two bags packed for two different schools in my head."]),
    (RA, "Refusals, appeals and complaints",
     "Saying no and challenging it: refusals to assess and their letters, mediation and the "
     "certificate, the tribunal and its bundle, concessions before the hearing, solicitors' "
     "fees, what an appeal costs a family, refusals felt as a tactic, formal complaints "
     "about delay; wishes to say yes the first time.",
     ["Don't make us fight for the obvious.", "Visible, you get the plan. Invisible, you get the letter.",
      "So \u00a34,500 for a letter saying fine."]),
    (PD, "Getting the provision delivered",
     "What happens once the plan is final: TA hours and shared TAs, top-up funding bands, "
     "speech and language therapy written in but not delivered, mentors and teachers who "
     "left, the school and the council pointing at each other, tuition for a child out of "
     "school, home-to-school transport and travel training, support that works at primary, "
     "secondary, college or a special school.",
     ["I feel like a ping pong ball.", "She's the reason he's still in school.",
      "We never see the therapist."]),
    (AR, "Annual reviews and amendments",
     "Reviews run by the school, the council invited and absent, the child's or young "
     "person's part in the meeting, targets copied year to year, an all-about-me page never "
     "updated, changes after a review that take months or never come, a backlog of "
     "amendments; wishes to write one's own part first, fewer adults, deadlines both ways.",
     ["kai loves thomas the tank engine", "They're invited. They just don't come.",
      "Deadlines that apply both ways."]),
    (TR, "Moves between settings",
     "The moves a plan has to follow: nursery to reception, primary to secondary and the 15 "
     "February deadline, Year 11 to college and the 31 March deadline, a plan from another "
     "county not taken on, the plan still naming the old school, preparing for adulthood, "
     "work and life after college.",
     ["Like inheriting a car with no logbook.", "Ours came in July. July!",
      "a section in the plan with four bullet points"]),
]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(text.split())


def smarten(items):
    """Word's AutoFormat as the agency typed: straight apostrophes become U+2019."""
    out = []
    for it in items:
        it = dict(it, text=it["text"].replace("'", "\u2019"))
        out.append(it)
    return out


def interleave(items, moderator, fillers):
    """No two turns in a row by one speaker: two moderator turns in a row are one turn;
    between two turns of one participant the moderator's short acknowledgement (from
    `fillers`, in turn) is its own turn, as it is on the recording."""
    out, k = [], 0
    for it in items:
        if out and out[-1]["speaker"] == it["speaker"]:
            if it["mod"]:
                raise AssertionError(f"two moderator turns in a row: {it['text'][:40]}")
            f = fillers[k % len(fillers)]
            out.append(M(moderator, list(f) if isinstance(f, list) else f))
            k += 1
        out.append(it)
    return out


def timings(session):
    """Synthetic start/end per turn: words at the session's rate plus seeded pauses;
    an item's `gap` adds a break before it."""
    rnd = random.Random(session["seed"])
    t = session["start"]
    lo, hi = session["pause"]
    out = []
    for it in session["items"]:
        t += it.get("gap", 0)
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


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'\[(\u00a3\u2019])")


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


def halves(text: str) -> list[str]:
    """A long turn cut in two at the sentence nearest its middle."""
    sents = sentences(text)
    assert len(sents) >= 2, text
    total = len(norm(text).split())
    best = min(range(1, len(sents)),
               key=lambda k: abs(len(" ".join(sents[:k]).split()) - total / 2))
    return [" ".join(sents[:best]), " ".join(sents[best:])]


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
def write_audacity_labels(session) -> bytes:
    """Audacity, File > Export > Export Labels of the label track that the OpenVINO
    Whisper Transcription analyser made: one label per Whisper segment, 'start<TAB>end
    <TAB>text', seconds with six decimals, no header. The researcher typed 'Name: ' in
    front of the first label of each change of speaker, a point label at 0 with a line
    about the file, and point labels (start = end) for a break; Windows, CRLF."""
    lines = [f"{0:.6f}\t{0:.6f}\t{session['intro']}"]
    for it, (a, b) in zip(session["items"], timings(session)):
        pieces = chunks(it["text"], session["seg_words"])
        for k, (p, (pa, pb)) in enumerate(zip(pieces, piece_times(a, b, pieces, gap=0.02))):
            label = f"{it['speaker']}: {p}" if k == 0 else p
            lines.append(f"{pa:.6f}\t{pb:.6f}\t{label}")
        if it.get("note_after"):
            lines.append(f"{b + 0.5:.6f}\t{b + 0.5:.6f}\t{it['note_after']}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def md_escape(text: str) -> str:
    """What pandoc's gfm writer escapes in these texts: square brackets."""
    return text.replace("[", "\\[").replace("]", "\\]")


def wrap72(text: str) -> list[str]:
    """pandoc's default --wrap=auto --columns=72 for a paragraph."""
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > 72:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def write_pandoc_md(session) -> bytes:
    """The agency's Word transcript converted with 'pandoc -f docx -t gfm': its two
    headings as '#' and '##', the metadata paragraphs with bold labels (wrapped at 72
    columns), the agency's note, then the table as a pipe table 'Time | Speaker |
    Transcript', one row per turn (two long turns go on in a second row with an empty
    speaker cell, as the typist started a new paragraph); brackets escaped; UTF-8, LF."""
    out = [f"# {session['title']}", "", f"## {session['subtitle']}", ""]
    for para in session["meta"]:
        out += wrap72(md_escape(para)) + [""]
    tw, sw, xw = 8, max(len(it["speaker"]) for it in session["items"]), 68
    out.append(f"| {'Time':<{tw}} | {'Speaker':<{sw}} | {'Transcript':<{xw}} |")
    out.append(f"|{'-' * (tw + 2)}|{'-' * (sw + 2)}|{'-' * (xw + 2)}|")
    for it, (a, b) in zip(session["items"], timings(session)):
        pieces = halves(it["text"]) if it.get("split") else [norm(it["text"])]
        for k, (p, (pa, _)) in enumerate(zip(pieces, piece_times(a, b, pieces, gap=0.5))):
            spk = it["speaker"] if k == 0 else ""
            out.append(f"| {ts_hms(pa):<{tw}} | {spk:<{sw}} | {md_escape(p):<{xw}} |")
    return ("\n".join(out) + "\n").encode("utf-8")


def write_italic_docx(session) -> bytes | None:
    """Typed in Word by the researcher: a bold title, a note ('My questions and comments
    are in italics'), then a paragraph per turn without any label, the interviewer's in
    italics, the answers plain (two answers in two paragraphs, one word in an answer in
    italics for emphasis), the guide's parts as Heading 2."""
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
    d.add_paragraph(session["note"])
    d.add_paragraph()
    for it in session["items"]:
        if it.get("heading"):
            d.add_heading(it["heading"], level=2)
        if it["mod"]:
            d.add_paragraph().add_run(it["text"]).italic = True
            continue
        paras = halves(it["text"]) if it.get("paras") == 2 else [it["text"]]
        for ptext in paras:
            p = d.add_paragraph()
            emph = it.get("emph")
            if emph and f" {emph} " in ptext:
                before, after = ptext.split(f" {emph} ", 1)
                p.add_run(before + " ")
                p.add_run(emph).italic = True
                p.add_run(" " + after)
            else:
                p.add_run(ptext)
    cp = d.core_properties
    cp.author = cp.last_modified_by = session["author"]
    cp.title = cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.revision = 3
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Office Word")


def whatsapp_times(session):
    """Clock time of every message: typing at about two seconds a word, a pause to read
    and think between turns; the second evening starts at session['day2']."""
    rnd = random.Random(session["seed"])
    t = session["day1"]
    out = []
    for it in session["items"]:
        if it.get("next_day"):
            t = session["day2"]
        else:
            t += _dt.timedelta(seconds=rnd.uniform(20, 110))
        times = []
        for k, m in enumerate(it["msgs"]):
            t += _dt.timedelta(seconds=len(m.split()) * 2.1 + rnd.uniform(3, 14))
            if it.get("media_after") == k - 1:
                t += _dt.timedelta(seconds=25)         # the photo went first
            times.append(t)
        out.append(times)
    return out


def write_whatsapp_ios(session) -> bytes:
    """WhatsApp for iPhone, Export Chat > Without Media (_chat.txt): '[dd/mm/yyyy,
    hh:mm:ss] Name: text', a line break inside a message goes on the next line without a
    prefix, the encryption notice first (under the contact's name, text after U+200E),
    'image omitted' and 'This message was deleted.' after U+200E, an edited message with
    ' <This message was edited>' at its end; UTF-8, LF."""
    def stamp(t):
        return t.strftime("[%d/%m/%Y, %H:%M:%S]")
    first = session["day1"] - _dt.timedelta(seconds=94)
    out = [f"{stamp(first)} {session['contact']}: {LRM}Messages and calls are end-to-end "
           f"encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."]
    for it, times in zip(session["items"], whatsapp_times(session)):
        spk = it["speaker"]
        if it.get("deleted_before"):
            out.append(f"{stamp(times[0] - _dt.timedelta(seconds=9))} {spk}: {LRM}This message was deleted.")
        for k, (m, t) in enumerate(zip(it["msgs"], times)):
            if it.get("edited") == k:
                m = f"{m} {LRM}<This message was edited>"
            out.append(f"{stamp(t)} {spk}: {m}")
            if it.get("media_after") == k:
                out.append(f"{stamp(t + _dt.timedelta(seconds=12))} {spk}: {LRM}image omitted")
    return ("\n".join(out) + "\n").encode("utf-8")


def write_deepgram_srt(session) -> bytes:
    """Deepgram (diarize, smart_format, utterances) through deepgram-captions' srt():
    an utterance per stretch of speech, cut into cues of at most eight words, one line a
    cue, 'HH:MM:SS,mmm'; '[speaker N]' on a line of its own at the top of a cue whenever
    the speaker changes; LF, cues separated by an empty line."""
    rnd = random.Random(session["seed"] + 5)
    out, n, current = [], 1, None
    for it, (a, b) in zip(session["items"], timings(session)):
        utts, cur = [], []
        for s in sentences(it["text"]):
            cur.append(s)
            if len(" ".join(cur).split()) >= rnd.randint(6, 22):
                utts.append(" ".join(cur))
                cur = []
        if cur:
            utts.append(" ".join(cur))
        cues = []
        for u in utts:
            w = u.split()
            cues += [" ".join(w[i:i + 8]) for i in range(0, len(w), 8)]
        assert " ".join(cues) == norm(it["text"])
        for cue, (ca, cb) in zip(cues, piece_times(a, b, cues, gap=0.12)):
            out.append(str(n))
            out.append(f"{ts_ms(round(ca, 2), ',')} --> {ts_ms(round(cb, 2), ',')}")
            if it["speaker"] != current:
                current = it["speaker"]
                out.append(f"[{current}]")
            out.append(cue)
            out.append("")
            n += 1
    return "\n".join(out).encode("utf-8")


def write_twohead_xlsx(session) -> bytes | None:
    """The researcher's Excel: a title row and a metadata row (merged across), an empty
    row, a grouping row (Recording / Conversation / My notes, merged over their columns)
    above the real header 'Time | Who | What was said | Memo | Quote?', one row per turn,
    the time as an Excel time; an AutoFilter left on 'Who = SENCo', so the researcher's
    own rows are hidden; a second sheet 'Guide'."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.worksheet.filters import FilterColumn, Filters
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = session["sheet"]
    ws["A1"] = session["title"]
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:E1")
    ws["A2"] = session["subtitle"]
    ws["A2"].alignment = Alignment(wrap_text=True)
    ws.merge_cells("A2:E2")
    ws.row_dimensions[2].height = 30
    fill = PatternFill("solid", fgColor="DDEBF7")
    for rng, label in (("A4:A4", "Recording"), ("B4:C4", "Conversation"), ("D4:E4", "My notes")):
        c = ws[rng.split(":")[0]]
        c.value = label
        c.font = Font(bold=True, italic=True)
        c.alignment = Alignment(horizontal="center")
        c.fill = fill
        if rng.split(":")[0] != rng.split(":")[1]:
            ws.merge_cells(rng)
    hdr = 5
    for col, v in enumerate(["Time", "Who", "What was said", "Memo", "Quote?"], 1):
        c = ws.cell(row=hdr, column=col, value=v)
        c.font = Font(bold=True)
        c.fill = fill
    row = hdr + 1
    for i, (it, (a, _)) in enumerate(zip(session["items"], timings(session))):
        s = int(a)
        t = ws.cell(row=row, column=1, value=_dt.time(s // 3600, s % 3600 // 60, s % 60))
        t.number_format = "h:mm:ss"
        ws.cell(row=row, column=2, value=it["speaker"])
        ws.cell(row=row, column=3, value=it["text"]).alignment = Alignment(wrap_text=True, vertical="top")
        if i in session["memos"]:
            ws.cell(row=row, column=4, value=session["memos"][i])
        if i in session["quotes"]:
            ws.cell(row=row, column=5, value="Y")
        if it["speaker"] != SEN:
            ws.row_dimensions[row].hidden = True
        row += 1
    ws.auto_filter.ref = f"A{hdr}:E{row - 1}"
    ws.auto_filter.filterColumn.append(FilterColumn(colId=1, filters=Filters(filter=[SEN])))
    for col, w in zip("ABCDE", (9, 8, 95, 30, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"A{hdr + 1}"
    guide = wb.create_sheet("Guide")
    guide["A1"] = "Part"
    guide["B1"] = "Questions"
    guide["A1"].font = guide["B1"].font = Font(bold=True)
    for r, (part, q) in enumerate(session["guide"], 2):
        guide.cell(row=r, column=1, value=part)
        guide.cell(row=r, column=2, value=q)
    guide.column_dimensions["A"].width = 22
    guide.column_dimensions["B"].width = 90
    wb.properties.creator = wb.properties.lastModifiedBy = session["author"]
    wb.properties.created = wb.properties.modified = session["epoch"]
    raw = io.BytesIO()
    wb.save(raw)
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Excel")


def write_assemblyai_csv(session) -> bytes:
    """AssemblyAI's sentences (GET /v2/transcript/{id}/sentences, speaker_labels on)
    saved by the pilot's script as a pandas DataFrame without the 'words' column,
    to_csv(index=False) on Windows: 'text,start,end,confidence,speaker', times in
    milliseconds, speakers 'A' and 'B' in order of first speaking, fields quoted only
    when needed; UTF-8, CRLF."""
    rnd = random.Random(session["seed"] + 7)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["text", "start", "end", "confidence", "speaker"])
    for it, (a, b) in zip(session["items"], timings(session)):
        sents = sentences(it["text"])
        for s, (sa, sb) in zip(sents, piece_times(a, b, sents, gap=0.25)):
            conf = round(rnd.uniform(0.78, 0.995), 5)
            w.writerow([s, int(round(sa * 1000)), int(round(sb * 1000)), repr(conf), it["speaker"]])
    return buf.getvalue().encode("utf-8")


def logseq_uuid(rnd) -> str:
    return "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}".format(
        rnd.getrandbits(32), rnd.getrandbits(16), 0x4000 | rnd.getrandbits(12),
        0x8000 | rnd.getrandbits(14), rnd.getrandbits(48))


def write_logseq(session) -> bytes:
    """A Logseq page (pages/<title>.md): page properties 'key:: value' at the top, then
    blocks '- ' with children indented by a tab: an opening block, the guide's parts as
    heading blocks ('- ## …', one with 'collapsed:: true'), a block per turn under them
    opening with 'RK: ' or 'Sam: ', the second paragraph of two long answers as a block
    of its own without a name, [[links]] and a #quote tag typed in, an 'id::' property
    line under a block that the synthesis page references; UTF-8, LF."""
    rnd = random.Random(session["seed"] + 3)
    out = [f"{k}:: {v}" for k, v in session["props"]] + ["", f"- {session['opening']}"]
    for it in session["items"]:
        if it.get("heading"):
            out.append(f"- {it['heading']}")
            if it["heading"] == session["collapsed"]:
                out.append("  collapsed:: true")
        text = it["text"]
        for link in it.get("links", []):
            assert link in text, link
            text = text.replace(link, f"[[{link}]]", 1)
        pieces = halves(text) if it.get("split") else [text]
        for k, p in enumerate(pieces):
            line = f"\t- {it['speaker']}: {p}" if k == 0 else f"\t- {p}"
            if it.get("tag") and k == len(pieces) - 1:
                line += f" {it['tag']}"
            out.append(line)
            if it.get("block_id") and k == 0:
                out.append(f"\t  id:: {logseq_uuid(rnd)}")
    return ("\n".join(out) + "\n").encode("utf-8")


WRITERS = dict(audacity=write_audacity_labels, pandoc_md=write_pandoc_md,
               italic_docx=write_italic_docx, whatsapp=write_whatsapp_ios,
               deepgram_srt=write_deepgram_srt, twohead_xlsx=write_twohead_xlsx,
               assemblyai_csv=write_assemblyai_csv, logseq=write_logseq)
NEEDS = dict(italic_docx="docx", twohead_xlsx="openpyxl")


# ---------------------------------------------------------------------------
# Minimal parsers, one per layout: (speaker, text) per turn, consecutive pieces of
# one speaker joined with a space (the reading each layout needs, see README)
# ---------------------------------------------------------------------------
def _merge(pairs):
    out = []
    for spk, text in pairs:
        text = norm(text)
        if not text:
            continue
        if out and out[-1][0] == spk:
            out[-1] = (spk, out[-1][1] + " " + text)
        else:
            out.append((spk, text))
    return out


def parse_audacity(data: bytes, labels):
    text = data.decode("utf-8")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    pairs = []
    for line in text.rstrip("\r\n").split("\r\n"):
        start, end, label = line.split("\t", 2)
        assert re.fullmatch(r"\d+\.\d{6}", start) and re.fullmatch(r"\d+\.\d{6}", end), line
        if start == end and label.startswith("["):
            continue                                   # a point label: the researcher's note
        m = re.match(r"([^:]{1,30}): (.*)", label)
        if m and m.group(1) in labels:
            pairs.append([m.group(1), m.group(2)])
        elif pairs:
            pairs[-1][1] += " " + label
        # else: text before the first speaker (the line about the file)
    return _merge([tuple(p) for p in pairs])


def parse_pandoc_md(data: bytes):
    lines = data.decode("utf-8").split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("| Time "))
    assert re.fullmatch(r"\|-+\|-+\|-+\|", lines[start + 1])
    pairs = []
    for line in lines[start + 2:]:
        if not line.strip():
            continue
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        assert len(cells) == 3 and re.fullmatch(r"\d\d:\d\d:\d\d", cells[0]), line
        text = cells[2].replace("\\[", "[").replace("\\]", "]")
        if cells[1]:
            pairs.append([cells[1], text])
        else:
            pairs[-1][1] += " " + text                 # a row without speaker goes on
    return _merge([tuple(p) for p in pairs])


def parse_italic_docx(data: bytes):
    import docx
    d = docx.Document(io.BytesIO(data))
    paras = d.paragraphs
    assert paras[0].runs[0].bold and paras[2].text == ""
    pairs = []
    for p in paras[3:]:
        if p.style.name.startswith("Heading") or not p.text.strip():
            continue
        runs = [r for r in p.runs if r.text.strip()]
        spk = ITAL if all(r.italic for r in runs) else UNK
        pairs.append((spk, p.text))
    return _merge(pairs)


WA_LINE = re.compile(r"\[(\d\d/\d\d/\d{4}), (\d\d:\d\d:\d\d)\] ([^:]+): (.*)")


def parse_whatsapp(data: bytes):
    msgs = []
    for line in data.decode("utf-8").rstrip("\n").split("\n"):
        m = WA_LINE.fullmatch(line)
        if m:
            msgs.append([m.group(3), m.group(4)])
        else:
            msgs[-1][1] += "\n" + line                 # a line break inside a message
    pairs = []
    for spk, text in msgs:
        if text.startswith(LRM):
            continue                                   # notice, omitted media, deleted
        text = text.replace(f" {LRM}<This message was edited>", "")
        pairs.append((spk, text))
    return _merge(pairs)


def parse_deepgram_srt(data: bytes):
    text = data.decode("utf-8")
    assert text.endswith("\n") and "\r" not in text
    pairs, current = [], None
    for blk in text.rstrip("\n").split("\n\n"):
        lines = blk.split("\n")
        assert lines[0].isdigit(), blk
        assert re.fullmatch(r"\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}", lines[1]), blk
        rest = lines[2:]
        m = re.fullmatch(r"\[(speaker \d+)\]", rest[0])
        if m:
            current = m.group(1)
            rest = rest[1:]
        assert len(rest) == 1 and len(rest[0].split()) <= 8, blk
        pairs.append((current, rest[0]))
    return _merge(pairs)


def parse_twohead_xlsx(data: bytes):
    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    assert [c.value for c in ws[5]] == ["Time", "Who", "What was said", "Memo", "Quote?"]
    pairs = []
    for r in range(6, ws.max_row + 1):
        who, said = ws.cell(row=r, column=2).value, ws.cell(row=r, column=3).value
        if who:
            pairs.append((who, said))                  # hidden rows are rows all the same
    return _merge(pairs)


def parse_assemblyai_csv(data: bytes):
    text = data.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["text", "start", "end", "confidence", "speaker"]
    return _merge([(r[4], r[0]) for r in rows[1:]])


def parse_logseq(data: bytes, labels):
    lines = data.decode("utf-8").split("\n")
    i = lines.index("")                                # page properties end at the first empty line
    assert all("::" in l for l in lines[:i])
    pairs = []
    for line in lines[i + 1:]:
        if not line.strip() or re.match(r"\t* +\w[\w-]*:: ", line):
            continue                                   # empty, or a block property (id::, collapsed::)
        m = re.fullmatch(r"(\t*)- (.*)", line)
        assert m, repr(line)
        block = m.group(2)
        if block.startswith("#"):
            continue                                   # a heading block: the guide's part
        block = re.sub(r"\s#\w+$", "", block).replace("[[", "").replace("]]", "")
        lm = re.match(r"([^:]{1,30}): (.*)", block)
        if lm and lm.group(1) in labels:
            pairs.append([lm.group(1), lm.group(2)])
        elif pairs:
            pairs[-1][1] += " " + block                # an unlabelled block goes on
    return _merge([tuple(p) for p in pairs])


PARSERS = dict(audacity=lambda d: parse_audacity(d, {RU, JO, MA, BE, PY, DA}),
               pandoc_md=parse_pandoc_md, italic_docx=parse_italic_docx,
               whatsapp=parse_whatsapp, deepgram_srt=parse_deepgram_srt,
               twohead_xlsx=parse_twohead_xlsx, assemblyai_csv=parse_assemblyai_csv,
               logseq=lambda d: parse_logseq(d, {RK, SAM}))


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
    dict(file="focus-group-1.txt", fmt="audacity", seed=8101, start=3.1, rate=2.6,
         pause=(0.4, 2.2), seg_words=16,
         items=interleave(FG1, RU, ["Mm.", "Yeah.", "Go on.", "Mm-hm."]),
         intro="FG1 Kingsbrook Family Hub 11/11/25, forum coffee morning. Whisper small. Names typed in by RK at each change of speaker."),
    dict(file="focus-group-2.md", fmt="pandoc_md", seed=8102, start=4.0, rate=2.5,
         pause=(0.6, 2.4),
         items=interleave(smarten(FG2), FAC, ["Mm-hmm.", "Okay.", "Yeah.", "Right."]),
         title="Hartmoor County Council \u2013 SEND journey research",
         subtitle="Focus group 2 (online) \u2013 transcript",
         meta=["**Client:** Hartmoor County Council, Service Design Team",
               "**Recording:** FG2_SEND_18Nov.mp4 (Microsoft Teams), 18 November 2025",
               "**Speakers:** Facilitator (Imran Shah); participants identified by first name as they introduced themselves: Shona, Kwame, Lisa, Tomasz, Hannah",
               "**Transcription:** Clearword Transcription Ltd, intelligent verbatim. Times show where each speaker starts. [inaudible] marks words that could not be heard; none in this file."]),
    dict(file="interview-1.docx", fmt="italic_docx", seed=8103,
         items=interleave(INT1, ITAL, ["Mm.", "Right.", "Yes."]),
         title="Interview 1 \u2013 SEND case officer (Gemma)",
         note="Tuesday 25 November 2025, County Hall, meeting room 2, 48 minutes. Typed up from my recording by Ruth Kendall. My questions and comments are in italics, Gemma's answers in normal text.",
         author="Ruth Kendall", epoch=_dt.datetime(2025, 11, 26, 16, 40, 0)),
    dict(file="interview-2.txt", fmt="whatsapp", seed=8104,
         items=interleave(INT2, RKW, [["ok"], ["Thanks Kai"], ["\U0001F44D"]]),
         contact=KAI, day1=_dt.datetime(2025, 11, 19, 19, 3, 12),
         day2=_dt.datetime(2025, 11, 20, 16, 41, 7)),
    dict(file="interview-3.srt", fmt="deepgram_srt", seed=8105, start=0.64, rate=2.4,
         pause=(0.5, 1.9), items=interleave(INT3, SP0, ["Mm.", "Okay.", "Mm-hmm."])),
    dict(file="interview-4.xlsx", fmt="twohead_xlsx", seed=8106, start=6.0, rate=2.5,
         pause=(0.7, 2.5), items=interleave(INT4, ME, ["Mm.", "Right.", "Yeah."]),
         sheet="Transcript", title="Interview 4 \u2013 SENCo, Thornleigh Primary",
         subtitle="Wednesday 26 November 2025, at the school, 41 minutes. Typed from my recording by Imran Shah. Times are where each turn starts. Anonymous: do not use the school's name in reports.",
         memo_by_prefix={"Sure. I'm the SENCo": "SENCo 3 days, teaches 2",
                         "The council sends top-up": "top-up band 3 about 4k - check with finance",
                         "When the child is in the room": "named a pupil - remove before sharing",
                         "Depends entirely on the case officer": "Gemma again, same as FG1 and FG2"},
         quote_by_prefix={"It's a myth that just won't die": None,
                          "That's the big one.": None,
                          "I do extra visits myself": None},
         guide=[("Role", "Tell me about your role."),
                ("Requests", "What does a request look like from the school side? Diagnosis? Why do schools hold back?"),
                ("Assessment and plan", "The six weeks, the assessment, the drafts, consultations."),
                ("Provision", "Funding, top-up, therapies."),
                ("Reviews and moves", "Annual reviews, Year 6 to secondary."),
                ("Change", "Communication, what would help you, what would help parents.")],
         author="Imran Shah", epoch=_dt.datetime(2025, 11, 27, 9, 20, 0)),
    dict(file="interview-5.csv", fmt="assemblyai_csv", seed=8107, start=1.9, rate=2.6,
         pause=(0.4, 1.8), items=interleave(INT5, SA, ["Mm.", "Right.", "Yeah."])),
    dict(file="interview-6.md", fmt="logseq", seed=8108,
         items=interleave(INT6, RK, ["Mm.", "Yeah.", "Right."]),
         props=[("type", "[[interview]]"), ("date", "[[Nov 28th, 2025]]"),
                ("participant", "Sam (parent, P6)"), ("method", "phone, recorded"),
                ("tags", "[[SEND research]], [[early years]]")],
         opening="Typed up from the recording on 1/12. RK = me. Ruby (5) is Sam's daughter.",
         collapsed="## Since September"),
]


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS} | UNLABELLED
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"} | UNLABELLED
    themes = [c[0] for c in CODEBOOK]
    used: set[str] = set()
    participant_labels: dict[str, str] = {}
    rows, problems = [], []
    for s in SESSIONS:
        turns = s["items"]
        for key in ("memo", "quote"):
            prefixes = s.get(f"{key}_by_prefix", {})
            s[f"{key}s"] = {i: v for i, t in enumerate(turns) for pre, v in prefixes.items()
                            if pre in t["text"]}
            assert len(s[f"{key}s"]) == len(prefixes), (s["file"], key)
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            used.add(spk)
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"] and "\t" not in t["text"], t["text"][:40]
            assert "|" not in t["text"] and "::" not in t["text"], t["text"][:40]
            assert "[" not in t["text"] or t["text"].startswith("[laughs]"), t["text"][:40]
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
    unused = {p[0] for p in PARTICIPANTS} - used
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
        w.writerow(["speaker", "segment", "role", "age", "situation"])
        for prow in PARTICIPANTS:
            assert not any(";" in x or '"' in x for x in prow), prow
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
