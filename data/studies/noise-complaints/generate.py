#!/usr/bin/env python3
"""Generate the fictional study of reporting noise nuisance to environmental health
in Harfield District Council: transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the structured session lists in this file.

Python 3.11, standard library, plus python-docx (the agency's .docx) and openpyxl
(the research repository's .xlsx). Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Without python-docx or openpyxl the file that needs it is left as it is (the gold
rows do not depend on it) and a note is printed.

Each session is ONE list of turns. A moderator turn is M(speaker, text); a
participant turn is P(speaker, text, theme, stage, sentiment, kind); B() is a
participant backchannel, reaction, small talk or thanks (no theme, no stage).
Transcript files and gold rows are written from the same list, so turn indices
cannot drift. How a turn is cut into pieces (Fireflies sentences, Riverside
paragraphs, Zoom and Teams cues, repository segments, Resolve subtitles) is decided
by the writer for its format; the gold keeps one row per turn. A "\\n\\n" inside a
turn text is a paragraph break that only the agency's Word file shows.

After writing, every file is parsed back with a minimal parser for its format and
compared with the list (turn index, speaker, text); every gold text must occur in
the file's own text (after whitespace normalisation); every codebook example must
be an exact excerpt of a participant turn coded with that theme and of no turn
coded otherwise; every label in participants.csv must be used.

Output is byte-identical from run to run: timings are seeded, the .docx and .xlsx
are re-zipped with fixed timestamps and fixed core properties.
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
RC = "reporting_channels"
FD = "form_diary"
RA = "recordings_app"
WU = "waiting_updates"
OV = "officer_visits"
OH = "out_of_hours"
DO = "decision_outcome"
IL = "impact_daily_life"
NM = "neighbours_mediation"
BN = "business_noise"
CF = "closure_follow_up"

# ---------------------------------------------------------------------------
# Speaker labels, exactly as each file writes them (see README)
# ---------------------------------------------------------------------------
RUTH, CAL = "Ruth Adebayo", "Callum Reid"                      # Zoom display names (Fireflies), Teams, Zoom
LF, GE, AM, MN, JB = ("Leanne Fisher", "Graham Ellery", "Ayesha Mahmood", "Marek N",
                      "Jo Barker")
MOD, NT = "MODERATOR", "NOTE-TAKER"                             # the agency's labels
DEN, PAUL, SHAB, FRANK, CON = "DENISE", "PAUL", "SHABNAM", "FRANK", "CONNOR"
RUTHR, BEV = "Ruth (Harfield DC)", "Bev T"                      # Riverside display names
GAL = "Galaxy A14"                                              # Zoom: the phone's name
ROOM = "HDC Harfield House Room 2.07"                           # Teams Room account
CALE, TANYA = "callum.reid@harfield.gov.uk", "t.greaves74@outlook.com"   # repository
JESS, HAR = "Jess", "Harold"                                    # DaVinci Resolve speakers
SPA, SPB = "Speaker A", "Speaker B"                             # AssemblyAI

PARTICIPANTS = [
    # speaker, segment, area, noise_source, situation
    (RUTH, "moderator", "", "", ""),
    (CAL, "moderator", "", "", ""),
    (MOD, "moderator", "", "", ""),
    (NT, "moderator", "", "", ""),
    (RUTHR, "moderator", "", "", ""),
    (CALE, "moderator", "", "", ""),
    (JESS, "moderator", "", "", ""),
    (SPB, "moderator", "", "", ""),
    (LF, "resident", "Kettlebrook", "music",
     "terraced house, two small children, tenants next door since spring 2025"),
    (GE, "resident", "Dunmore Green", "building works",
     "retired, two-storey extension behind his house, went via his ward councillor"),
    (AM, "resident", "Harfield town", "dog barking",
     "first-floor flat, works from home, dog downstairs left alone all day"),
    (MN, "resident", "Harfield town", "generator",
     "lives behind a parade of shops, a takeaway's generator runs all night"),
    (JB, "resident", "Harfield town", "parties",
     "garden parties next door but one, first case closed, second case opened"),
    (DEN, "resident", "Kettlebrook", "pub garden",
     "lives behind the Wheatsheaf, karaoke in the garden"),
    (PAUL, "business owner", "Kettlebrook", "pub garden",
     "landlord of the Wheatsheaf, received a warning letter, premises licence"),
    (SHAB, "resident", "Harfield town", "music",
     "housing association flat, music from the flat below at weekends, school kitchen job"),
    (FRANK, "resident", "Kettlebrook", "building works",
     "81, piling on a housing site on Brook Lane, reported by phone"),
    (CON, "resident", "Dunmore Green", "dog barking",
     "newborn baby, two huskies next door, used the app and a paper diary"),
    (BEV, "resident", "Kettlebrook", "car repairs",
     "62, a neighbour repairs cars on his drive, case closed after a quiet month"),
    (GAL, "resident", "Harfield town", "music",
     "night-shift care worker who sleeps in the day, abatement notice served, breach reported"),
    (ROOM, "council officer", "district-wide", "",
     "senior environmental health officer, environmental protection team"),
    (TANYA, "resident", "Dunmore Green", "parties",
     "former housing association tenant in Harfield, case closed and re-opened, moved in 2025"),
    (HAR, "resident", "Little Stanway", "cockerel",
     "retired railwayman, abatement notice on a neighbour's cockerels, filmed for the council"),
    (SPA, "business owner", "district-wide", "building works",
     "small building firm, served a notice on working hours for a job in Dunmore Green"),
]


# ---------------------------------------------------------------------------
# Session 1: focus-group-1.txt (Fireflies.ai bot in a Zoom call, exported with
# fireflies-transcript-exporter), residents, chronological guide, 2025-11-18
# ---------------------------------------------------------------------------
FG1 = [
    M(RUTH, "Okay, I think that's everyone. Thanks all for joining on a Tuesday evening. I'm Ruth, I work in the council's customer insight team, and Callum's here taking notes. You'll have seen there's a note-taker bot in the call as well, that's Fireflies, it's just doing the transcript. Is everyone okay with that?"),
    B(LF, "Yeah, that's fine."),
    B(MN, "Fine by me."),
    B(JB, "Yes. Can you hear me? I've got the dog shut in the kitchen, so apologies in advance."),
    M(RUTH, "We can hear you fine. So, to start, could you each say who you are and roughly what the noise was that made you get in touch with environmental health? Leanne, do you want to go first?"),
    P(LF, "Hi, I'm Leanne. I live on Orchard Rise in Kettlebrook with my partner and two little ones, they're 4 and 18 months. The house next door got new tenants last spring and it's music, basically. Bass through the wall, Thursday to Sunday, sometimes till 3 or 4 in the morning.", IL, N_, 0, "neutral"),
    M(RUTH, "Thanks Leanne. Graham?"),
    P(GE, "Evening. Graham, I'm retired, I live in Dunmore Green. Mine was building works. The people behind me are putting a two-storey extension on, which fine, good luck to them, but the builders were starting at half 6 in the morning with a cement mixer and a radio. Saturdays too.", BN, N_, 0, "neutral"),
    M(RUTH, "Ayesha?"),
    P(AM, "Hi. I'm in a first floor flat on Stanway Road. It's a dog downstairs, it barks when they go out to work, so all day, and I work from home. I've got recordings of it going for 6 hours straight.", RA, N_, 0, "neutral"),
    M(RUTH, "Marek?"),
    P(MN, "Yes, hello. I'm Marek, I live on Mill Lane, behind the parade of shops. The takeaway at the end put a generator in the yard last year because of problems with the power, and it runs all night. It's not loud like music. It's a hum. But you hear it in the bedroom all night and after a few weeks it drives you mad.", BN, N_, 0, "neutral"),
    M(RUTH, "And Jo?"),
    P(JB, "I'm Jo, I'm in Harfield town, near the station. Parties, mainly. Next door but one, they have people round most weekends and it goes on in the garden. I've reported it twice now, the first case got closed and then I had to open a new one.", CF, N_, 0, "neutral"),
    M(RUTH, "Thank you. So before you reported it, had you tried anything else? Talking to the neighbour, the landlord, anything like that?"),
    P(LF, "I knocked once. Once. He was fine about it on the doorstep, really apologetic, and then it was exactly the same the next weekend. After that my partner didn't want me going round again, to be honest, because you don't know who's in there.", NM, N_, -1, "pain"),
    P(JB, "I wrote a note. Which in hindsight was a mistake, because they put it up in their window.", NM, N_, -1, "pain"),
    B(MN, "Oh dear."),
    P(GE, "I spoke to the builders directly. The foreman was a nice enough lad. He said they'd been told they could start at 7 and he'd have a word. And it was 7 for about 3 days.", BN, N_, 0, "pain"),
    M(RUTH, "And how did you find out where to report it? Did you know it was the council?"),
    P(AM, "Honestly I thought it was the police. I rang 101 first and they told me it's a council matter unless there's a threat or something, and gave me a number which turned out to be the main switchboard.", RC, FI, -1, "pain"),
    P(LF, "I googled noise complaint Harfield and the first result was a page that said to use the form, but the link went to a page that said the form was being updated. That was in May.", RC, FI, -1, "pain"),
    M(RUTH, "So what did you do?"),
    P(LF, "Went through the app in the end. The Harfield Connect one. There's a report it section and noise is under environment, I think, not under neighbours, which took me a while.", RC, FI, -1, "pain"),
    P(GE, "I went to my councillor. Councillor Pritchard. I've known her years and she just forwarded my email on, and I had a reply from environmental health within a couple of days. Which I'm aware isn't how it's meant to work.", RC, FI, 0, "praise"),
    P(JB, "Well, that's the trick then, isn't it.", RC, FI, -1, "pain"),
    P(MN, "I didn't know about any of it. My neighbour's daughter works at the council and she told me. Before that I thought noise was only after 11 o'clock, that before 11 they can do what they like.", RC, FI, 0, "neutral"),
    M(RUTH, "That's a really common one, actually. Did anyone look at the website in any detail?"),
    P(AM, "I did, after 101. It's alright, it explains what a statutory nuisance is. It's quite long. It doesn't really tell you what happens after you report, like how long, what they'll do.", RC, FI, 0, "pain"),
    M(RUTH, "Okay. Let's talk about actually reporting it. The online form, and then the diary sheets. What was that like?"),
    P(JB, "The form itself is fine. It's the diary that gets you. They send you these sheets, 28 days, and every time it happens you write the date, the time it started, the time it stopped, what it was, how it affected you. At 2 in the morning. With a pen.", FD, AP, 0, "pain"),
    P(LF, "And how it affected you is the bit I found hard. What do you write? Couldn't sleep. Couldn't sleep. Couldn't sleep. By week 3 I was writing essays because I thought they'd think I was making it up.", FD, AP, -1, "pain"),
    P(GE, "I didn't mind the diary, to be fair. I'm retired, I'm at home, I had a notebook by the kettle. It's harder if you're working, I can see that.", FD, AP, 0, "praise"),
    P(MN, "For me the problem was that it's every night. The diary wants you to write each time it starts and stops. It doesn't start and stop. It's on. So I wrote on, on, on, and the officer said that's not enough detail.", FD, AP, -1, "pain"),
    M(RUTH, "Did anyone do the diary online rather than on paper?"),
    P(AM, "There's an online version? Nobody told me that.", FD, AP, -1, "question"),
    M(CAL, "There is, it's a PDF you can fill in and email back. But I think a few people have said it's hard to find."),
    P(AM, "A PDF. Right.", FD, AP, -1, "pain"),
    M(RUTH, "Ayesha, you mentioned recordings. How did the app side of it work?"),
    P(AM, "So once they'd opened the case they sent me a link for the noise app. You press record when it's happening, it records 30 seconds, and it goes straight to the officer with the time on it. That part I actually liked. It felt like for once I had proof and not just my word.", RA, AP, 1, "praise"),
    P(LF, "Same, the app was the best bit. Although 30 seconds of bass on a phone microphone sounds like someone tapping a table.", RA, AP, 0, "pain"),
    P(MN, "With the generator it's useless. I recorded maybe 40 times and the officer said all you can hear is my fridge. I think the phone just cuts out the low sound.", RA, PR, -1, "pain"),
    P(JB, "Can you send more than one a night? Because I only ever did one, I thought that was the rule.", RA, AP, 0, "question"),
    P(AM, "You can do loads. I did about 10 one Saturday.", RA, AP, 0, "neutral"),
    P(JB, "Oh. Well. Nobody said.", RA, AP, -1, "pain"),
    P(LF, "And you can't add a note to it. So the officer gets 30 seconds of thumping and no idea it's been going on since 11.", RA, AP, -1, "pain"),
    M(RUTH, "Then the waiting. After you'd reported it, what happened next?"),
    P(LF, "An automatic email saying they'd received it and someone would be in touch within 10 working days. And then somebody was. I'll give them that.", WU, PR, 1, "praise"),
    P(GE, "Mine was quick, but that was the councillor, so I'm not a fair test.", WU, PR, 0, "neutral"),
    P(JB, "The first time I heard nothing for 5 weeks. I rang, I got the switchboard, they put me through to a voicemail, I left a message, nothing. When I eventually got through, the officer said they'd been short-staffed and she'd only just got my case.", WU, PR, -1, "pain"),
    P(MN, "I never knew if anything was happening. The diary goes off, the recordings go off, and then it's quiet. Is someone listening? You don't know. Even a text that says we've looked at your recordings would be something.", WU, PR, -1, "pain"),
    P(AM, "Mine said 10 working days and it was 15. Which, fine, but then don't say 10.", WU, PR, -1, "pain"),
    M(RUTH, "Did any of you have an officer come out?"),
    P(GE, "Yes. A young woman came on a weekday morning at 7, stood in my garden with a meter thing, and saw the mixer and the radio going full blast. She went round to the site there and then. I was impressed, genuinely.", OV, PR, 1, "praise"),
    P(LF, "They put a box in our bedroom. A monitoring unit. It's about the size of a shoebox and it records when you press a remote. It was there for 2 weeks.", OV, PR, 0, "neutral"),
    M(RUTH, "How was that?"),
    P(LF, "Honestly? It was the quietest 2 weeks we'd had all year. I don't know if they saw the van or what. So the box got almost nothing, and then they collected it.", OV, PR, -1, "pain"),
    B(MN, "That's always the way."),
    P(JB, "They wanted to put one in mine but the first date they could do was 6 weeks away, and by then the summer was over and the parties had moved inside.", OV, PR, -1, "pain"),
    M(RUTH, "And did anyone use the out-of-hours service? The Friday and Saturday night one?"),
    P(AM, "Is that a thing?", OH, PR, 0, "question"),
    P(JB, "It's a thing, but it's Friday and Saturday only, 10 till 3, and you ring and they say they'll try and get someone out. I rang on a Saturday at 1 in the morning, they came at quarter to 3, and it had stopped at half 2.", OH, PR, -1, "pain"),
    P(LF, "Same thing happened to us. By the time they got there it was just people talking in the street.", OH, PR, -1, "pain"),
    P(GE, "In fairness, 2 people for the whole district on a Saturday night is never going to be enough. That's not their fault.", OH, PR, 0, "neutral"),
    P(MN, "Mine goes all week. A Tuesday at 3 in the morning is the same as a Saturday. But there's nobody on a Tuesday.", OH, PR, -1, "pain"),
    M(RUTH, "So, the decision. What did you hear back in the end?"),
    P(GE, "They gave the builder a notice. Section 60, I think it was, which is the construction one. No work before 8, none on a Sunday, Saturday mornings only. And they've stuck to it, mostly. I'd call that a result.", DO, DE, 1, "praise"),
    P(MN, "They said it isn't a statutory nuisance. The officer came at night twice, and she said she could hear it but it wasn't at the level where it's a nuisance in law. I asked what level and she said there isn't a number, it's her judgement. So I don't know what I'm aiming for.", DO, DE, -1, "pain"),
    P(JB, "Hang on, there's no decibel limit? I always thought it was like 35 decibels at night or something.", DO, DE, 0, "question"),
    M(CAL, "It's not a set number for most noise from homes, no. Sorry, Ruth, I'll stay out of it."),
    M(RUTH, "No, that's helpful. Jo, what happened with yours?"),
    P(JB, "First time, closed. Insufficient evidence, because my diary had gaps when I was away. Second time they sent them a warning letter. Not a notice, a letter. Which is, you know, a letter.", DO, DE, -1, "pain"),
    P(AM, "Mine got an abatement notice in the end. The dog still barks, but less, and now if it carries on they can prosecute, so at least there's something behind it.", DO, DE, 0, "praise"),
    P(LF, "Ours was a warning letter as well, and then, to be fair, the council wrote to the housing association, and the tenants got told they could lose the tenancy. It's been a lot better since August.", NM, US, 1, "praise"),
    M(RUTH, "And how are things now, living with it?"),
    P(MN, "The same. I sleep with earplugs and a fan on, for the noise of the fan. My wife went to the doctor about her sleep. And the man from the takeaway doesn't say hello to me any more, because he knows it was me.", IL, US, -1, "pain"),
    P(GE, "Peaceful. Well, peaceful until the next extension.", IL, US, 1, "praise"),
    P(JB, "Better, not fixed. I still tense up on a Friday evening when I hear the first car door. That doesn't go away just because the case closes.", IL, US, -1, "pain"),
    B(LF, "What she said."),
    M(RUTH, "Afterwards, did anyone hear from the council? Follow-up, a survey, anything?"),
    P(AM, "I got a survey by email, how satisfied were you. I filled it in. I said the officer was great and the process was slow. I've no idea if anybody read it.", CF, FU, 0, "neutral"),
    P(JB, "When the first one closed I got a letter saying the case is closed and if it happens again, start a new diary. Start again. From day 1. Like the first 28 days never happened.", CF, FU, -1, "pain"),
    P(GE, "Nobody asked me anything afterwards. I assume that's because it worked.", CF, FU, 0, "neutral"),
    P(MN, "We've talked about moving. Seriously. We looked at a house in Dunmore Green. But why should we move? We were there first.", CF, FU, -1, "pain"),
    M(CAL, "Can I ask one thing, just for my notes? When your case closed, did anyone explain what you could do next, if you disagreed? Anyone?"),
    P(MN, "She said I could take it to the magistrates myself. Section 82. She said it kindly, but I'm not going to court about a generator on my own.", DO, FU, -1, "pain"),
    P(JB, "Nobody told me anything like that. Just the letter.", CF, FU, -1, "pain"),
    M(RUTH, "Last question. If you could change one thing about how Harfield deals with noise complaints, what would it be? Marek?"),
    P(MN, "Out-of-hours on weekdays. Even one night.", OH, PR, 0, "suggestion"),
    P(JB, "Don't make people start the diary again from scratch. Let the old one count.", CF, FU, 0, "suggestion"),
    P(AM, "Tell people what happens after they report. A simple timeline. Week 1 this, week 4 that.", WU, PR, 0, "suggestion"),
    P(LF, "Let you do the diary in the app. You've already got the app open for the recordings, so why is the diary on paper?", FD, AP, 0, "suggestion"),
    P(GE, "Keep the officers. The one who came to me was excellent.", OV, PR, 1, "praise"),
    M(RUTH, "Thank you all, that's really useful. We'll send you the voucher by email in the next week or so."),
    B(JB, "Thanks Ruth. It's nice to be asked, honestly.", 1, "praise"),
    B(MN, "Thank you. Good night."),
]


# ---------------------------------------------------------------------------
# Session 2: focus-group-2.docx (transcription agency, Word), in person at
# Kettlebrook Community Centre, guide starts with last weekend and jumps, 2025-11-20
# ---------------------------------------------------------------------------
FG2 = [
    M(MOD, "Right, I think we're recording. Thank you all for coming out on a cold evening. There's tea and biscuits at the back, help yourselves. I'm going to start a bit differently tonight. Think about last weekend. What did it sound like where you live?"),
    P(DEN, "Last weekend? Karaoke. Saturday. The Wheatsheaf had karaoke in the garden, under the gazebo thing, and I could hear every word of Mr Brightside from my kitchen. Twice.", BN, US, -1, "pain"),
    P(PAUL, "That'll be me, then. [laughter] I'm Paul, I run the Wheatsheaf.", BN, N_, 0, "neutral"),
    B(DEN, "I know it's you, Paul. I've said it to your face."),
    M(MOD, "Well, this is good, we've got both sides in the room. Paul, we'll come to you. Shabnam?"),
    P(SHAB, "Mine is every weekend, so last weekend was normal. The flat below me, he has friends, they play music, they smoke, it comes up through the floor and through the window. I'm in a housing association flat. Saturday it finished about four.", IL, N_, 0, "neutral"),
    P(FRANK, "Last weekend was lovely, actually. Because it was the weekend. My problem's the site on Brook Lane, the new houses. Monday to Friday they're piling from eight, and the whole house shakes. The cups rattle on the dresser. I'm eighty-one.", BN, N_, 0, "neutral"),
    P(CON, "Dogs. Two huskies next door, in the garden, howling. Last weekend they were out all Sunday while the owners were at a car boot sale. I've got a newborn. So, yeah.", IL, N_, 0, "neutral"),
    M(MOD, "And where are you all at with it? Has anyone had a decision from the council?"),
    P(SHAB, "They said it's not a nuisance. They said it's, what was the word, lifestyle noise. Normal living. People are allowed to have friends round.", DO, DE, -1, "pain"),
    P(CON, "I'd love to hear them call two huskies lifestyle noise.", DO, DE, -1, "pain"),
    P(FRANK, "They told me building sites are different, there's a separate thing where the council can set the hours, and they've done that, eight till six. But the piling is within the hours, so there's nothing they can do. Which I understand. I just don't like it.", DO, DE, 0, "neutral"),
    P(DEN, "Nobody's told me anything yet, so I can't join in with that one.", WU, PR, -1, "neutral"),
    M(MOD, "Paul, from your side, what was it like being on the receiving end?"),
    P(PAUL, "Honestly? The first I knew was a letter. Environmental health, we've had complaints about noise from your premises, please contact us. No detail. Who, when, what. I rang them and to be fair the officer was straight with me. She said it's the garden, it's after ten, it's amplified music.", BN, PR, 0, "neutral"),
    M(MOD, "Mm."),
    P(PAUL, "And look, I've got a premises licence with conditions already, no amplified music outside after ten, so she was right. That's on me.\n\nWhat I didn't like was finding out from a letter, not from a knock on the door. Denise could've come in.", BN, PR, 0, "pain"),
    P(DEN, "I did come in! Twice! You were on holiday and the lad behind the bar laughed at me.", NM, N_, -1, "pain"),
    B(PAUL, "Yeah. That's, yeah. He doesn't work for me any more. [laughter]"),
    M(MOD, "Before we get on to the council, Frank, Connor, had either of you tried talking to whoever it was first?"),
    P(FRANK, "I went down to the site office. There's a portakabin with a number on the fence, a community liaison number. They sent me a letter with the piling schedule. Very polite letter. The piling carried on.", BN, N_, 0, "pain"),
    P(CON, "I knocked, and they said huskies are a vocal breed. Which is true. It's also not an answer.", NM, N_, -1, "pain"),
    P(SHAB, "You knock, you know, and then it is worse. After I knocked he turned it up.", NM, N_, -1, "pain"),
    M(MOD, "Let's go back to the start for a minute. How did you each find out that the council deals with this?"),
    P(FRANK, "The parish newsletter. There's a little box, who to call about what, and noise is on there with a phone number. I rang it and a lady took it all down over the phone, I didn't have to do any of the computer side. Very good.", RC, FI, 1, "praise"),
    P(CON, "Reddit, weirdly. There's a Harfield page and someone had posted about barking dogs and someone else replied with the link to the council form.", RC, FI, 0, "neutral"),
    P(SHAB, "My housing officer told me to report it to environmental health, and environmental health told me to report it to my housing officer. So I did both, and for a month each one thought the other one was doing it.", NM, FI, -1, "pain"),
    P(DEN, "I didn't know the pub bit was licensing and the noise bit was environmental health and they're different people in different buildings. Why would I know that?", RC, FI, -1, "pain"),
    P(PAUL, "To be fair, I didn't know either, and I'm the one with the licence.", RC, FI, 0, "neutral"),
    M(MOD, "And the online form itself, the first step?"),
    P(CON, "Fine. Five minutes. It asks for your address, their address, what kind of noise, tick boxes. It doesn't let you upload anything, though, so I emailed the videos separately and I don't think they ever got attached to the case.", FD, AP, 0, "pain"),
    P(FRANK, "I didn't use it. The lady on the phone did it for me, I think she typed it into the same thing.", FD, AP, 0, "neutral"),
    P(DEN, "I did mine on my phone in bed at midnight with the karaoke going. Probably not my best spelling.", FD, AP, 0, "neutral"),
    M(MOD, "Then the diary sheets. Who did those?"),
    P(SHAB, "I did. My English writing is okay but not perfect, and the sheet has lots of boxes. Time started. Time stopped. Source of noise. Effect on you. I asked my daughter to help me with effect on you because I didn't know what they want.", FD, AP, -1, "pain"),
    P(FRANK, "I couldn't do the diary properly. It's all day, every weekday. What do I put, eight till six Monday, eight till six Tuesday? The officer said that was fine, actually. She said put it on one line.", FD, AP, 0, "neutral"),
    P(CON, "I did the recordings on the app and a diary on paper, and then the officer said the diary and the recordings don't match because the app's times were an hour out. The clocks had gone back.", RA, PR, -1, "pain"),
    B(DEN, "Oh no."),
    P(CON, "Yeah. So, a week's worth of evidence, and half of it's in the wrong hour. It got sorted, but it took another two weeks.", RA, PR, -1, "pain"),
    P(SHAB, "They gave me the app also, but my phone is old, it says not enough storage. So I only did the paper.", RA, AP, -1, "pain"),
    M(MOD, "Did anyone have the out-of-hours team come out at night?"),
    P(DEN, "They came for the karaoke. Two of them, about half eleven on a Saturday. They stood in my garden and listened, and then they went round to the pub.", OH, PR, 0, "neutral"),
    P(PAUL, "And that's fair, I'll be honest, when they came in it was a completely different conversation. They weren't heavy about it. They said turn it down now and we'll write to you. We turned it off.", OH, PR, 1, "praise"),
    P(FRANK, "Do they come out for building sites at night? Not that they work at night, I'm just asking.", OH, PR, 0, "question"),
    P(SHAB, "For me they never came. I rang three times. Always they were at another call. [crosstalk]", OH, PR, -1, "pain"),
    M(NT, "Sorry, can I just ask everyone to speak one at a time? It's for the recording."),
    M(MOD, "Thanks, Callum. Connor, did you try mediation at all? I know you mentioned the neighbours."),
    P(CON, "The council suggested it. There's a free mediation service, Harfield Community Mediation. They'd go to both houses separately and then try and get us in a room. The neighbours said no. So that was that.", NM, PR, -1, "neutral"),
    P(SHAB, "Mediation, with him? He would laugh.", NM, PR, -1, "pain"),
    P(FRANK, "I think it's a good idea in principle. If I had a neighbour and not a building company, I'd try it. You can't mediate with a piling rig.", NM, PR, 0, "neutral"),
    M(MOD, "What happened after the decision, for those of you whose cases are closed?"),
    P(SHAB, "They closed it and told me if the noise continues I can open a new case. I said it continues. Every weekend it continues.", CF, FU, -1, "pain"),
    P(DEN, "Mine's still open, I think. I had an email in October to say they're monitoring the situation. I don't know what monitoring means. Nobody's put a box in my house.", WU, PR, -1, "pain"),
    P(CON, "Mine closed in October with the decision. A letter, two lines, case closed. I had to ring up to find out whether the neighbours had been sent anything at all.", CF, FU, -1, "pain"),
    P(PAUL, "We've been fine since, haven't we? Be honest.", BN, US, 0, "question"),
    P(DEN, "Since September, yes. Mostly. The Friday quiz is loud, but that's people laughing, and I'm not going to complain about people laughing.", BN, US, 1, "praise"),
    P(PAUL, "We moved the speakers inside, we put up a sign about the garden closing at ten, and we bought one of those meter things so the staff can check. It cost me about four hundred quid. I'd rather that than lose the licence.", BN, US, 0, "neutral"),
    M(MOD, "That's interesting. Did the council tell you what to do, or did you work it out yourself?"),
    P(PAUL, "Bit of both. The officer sent me a leaflet for pubs and clubs, it's actually decent, and the licensing lot have a meeting every few months for licensees. I'd never been to one before. I go now.", BN, US, 1, "praise"),
    P(FRANK, "Could they not do that for builders? A leaflet. Dear builder, there are old people next door. [laughter]", BN, US, 0, "suggestion"),
    P(CON, "Honestly, I'd just like to know how long things take. I reported in June. I got a decision in October. Nobody told me October was normal.", WU, PR, -1, "pain"),
    M(MOD, "Is four months normal, do you think?"),
    B(CON, "You tell me. [laughter]"),
    M(MOD, "Fair. And the impact of all this, day to day, for you?"),
    P(CON, "My partner moved into the baby's room with the baby because it's the side away from the dogs. I'm on the sofa most nights. So we're basically living in two halves of the house.", IL, US, -1, "pain"),
    P(SHAB, "I don't sleep Friday and Saturday. Sunday I'm tired at work. I work in a school kitchen, you need your hands to work with knives.", IL, US, -1, "pain"),
    P(FRANK, "It's my nerves more than anything. My daughter thinks I should move into the bungalow she's found in Dunmore. I'm not moving for a building site that'll be gone in a year.", IL, US, -1, "pain"),
    P(DEN, "Honestly, it's fine now. I feel a bit guilty, with Paul sat here. [laughter]", IL, US, 1, "praise"),
    B(PAUL, "Don't feel guilty. I'd have complained too, to be fair."),
    M(MOD, "One change each, if you could make one. Frank?"),
    P(FRANK, "A phone number with a person on it. That worked for me. Keep it.", RC, FI, 1, "praise"),
    P(SHAB, "The council and the housing association should talk to each other. One case, not two.", NM, FI, 0, "suggestion"),
    P(CON, "Fix the clocks on the app. [laughter] No, seriously, check the times match before they throw out the evidence.", RA, PR, 0, "suggestion"),
    P(DEN, "Come out quicker at night. Half an hour, not two hours.", OH, PR, 0, "suggestion"),
    P(PAUL, "Talk to the business first. A phone call. Most of us will sort it, we don't want the grief.", BN, PR, 0, "suggestion"),
    M(MOD, "Brilliant. Thank you so much, all of you. Take the biscuits home, please, I can't take them back to the office."),
    B(SHAB, "Thank you. It was good to talk to people with the same problem.", 1, "praise"),
    B(FRANK, "I'll take the custard creams."),
]


# ---------------------------------------------------------------------------
# Session 3: interview-1.txt (Riverside.fm, remote), resident, 2025-11-21
# ---------------------------------------------------------------------------
INT1 = [
    M(RUTHR, "Okay, I think we're recording now. Can you see the red dot at the top?"),
    B(BEV, "I can see a red dot, yes. Is it on me or on you?"),
    M(RUTHR, "Both of us. It records us separately, which is why the sound's better. So, thanks for doing this, Bev. Can you start by telling me a bit about yourself and what the noise was?"),
    P(BEV, "Course. I'm Bev, I'm 62, I live on Ashcombe Road in Kettlebrook, I've been there 20-odd years. Three doors down there's a chap who fixes cars on his drive. Not as a hobby. People drop cars off, he's got a compressor, an air gun for the wheels, the radio going, and he's revving engines at 9, 10 at night.", BN, N_, 0, "neutral"),
    M(RUTHR, "How long had that been going on before you did anything?"),
    P(BEV, "About a year. I kept thinking it'll stop, it's a phase, he's lost his job and he's doing a few cars. And then it was every day. The compressor is the worst. It kicks in, bang, rattle, for a minute, and stops, and then you're waiting for the next one.", IL, N_, -1, "pain"),
    M(RUTHR, "So what made you decide to report it?"),
    P(BEV, "My grandson stayed over in the summer and he couldn't get to sleep because of the revving, and I thought, no, that's enough. And I didn't want to go round. He's a big lad and he's got a temper, you hear him on the phone.", NM, N_, -1, "pain"),
    M(RUTHR, "And how did you find out who to report it to?"),
    P(BEV, "I emailed my ward councillor, Councillor Okoro, because I'd met him at the summer fete. And he emailed me back the link to the noise form and said he'd copied in environmental health. Which was nice of him.", RC, FI, 1, "praise"),
    M(RUTHR, "Did you look at the council website yourself at all?"),
    P(BEV, "I looked, yes. I'll be honest, I thought it might be a planning thing, because it's a business from a house. So I reported it to planning as well. Planning said they'd look into whether he needs permission, and that's a separate case, and nobody from planning has been near it since.", RC, FI, -1, "pain"),
    M(RUTHR, "Okay. Tell me about the form."),
    P(BEV, "The form's fine, it's a form. Name, address, his address, what kind of noise. There's a drop-down and there's no option for cars or workshops, so I put other. Then it asks for the times it happens and I wrote all day, which I suppose isn't very helpful.", FD, AP, 0, "neutral"),
    M(RUTHR, "And then they sent you the diary?"),
    P(BEV, "They sent me the diary sheets and the link for the app. I did both, belt and braces. The app I got the hang of, my daughter showed me. You hold the button down and it records. I did 63 recordings in the end.", RA, AP, 0, "neutral"),
    M(RUTHR, "63!"),
    B(BEV, "I counted. I'm quite proud of that, actually."),
    M(RUTHR, "And what happened after you'd sent those in?"),
    P(BEV, "I got an email from an officer, Danielle, about 2 weeks after I'd started. She said she'd listened to some and could she come and do a visit. She came on a Thursday evening and sat in my front room with the window open and a meter.", OV, PR, 0, "neutral"),
    M(RUTHR, "How was that?"),
    P(BEV, "She was lovely. Very calm. The annoying thing was that he'd only done one car that day and he'd finished by 6, so she heard the compressor twice and that was it. She said she'd come again, but she'd need to come when it was happening, and how would she know.", OV, PR, 0, "pain"),
    M(RUTHR, "Mm."),
    P(BEV, "And I said, well, I know, because I live here. Ring me and I'll tell you if he's going. But she said it doesn't work like that, they can't be on call for one case.", OV, PR, -1, "pain"),
    M(RUTHR, "Did they offer any equipment, a recorder, anything like that?"),
    P(BEV, "No, they said the app was the equipment now. I'd heard they used to put a box in people's houses, but she said they only do that for certain cases.", OV, PR, 0, "neutral"),
    M(RUTHR, "What was the outcome, in the end?"),
    P(BEV, "He got a letter. A warning letter, to say they'd had complaints and that if it was found to be a statutory nuisance they'd serve a notice. And I got a copy of that letter, well, not a copy, a letter telling me that he'd had a letter.", DO, DE, 0, "pain"),
    M(RUTHR, "And did it change anything?"),
    P(BEV, "For about a month, yes. The revving stopped after 8. And then the clocks went back, it got dark at 5, and he put a big light up on the drive and carried on.", BN, US, -1, "pain"),
    M(RUTHR, "Have you been back in touch with them since?"),
    P(BEV, "I rang in November. The case had been closed. Closed, because nobody had sent anything in for 4 weeks. Well, I hadn't sent anything in because it was better for a bit, wasn't it.", CF, FU, -1, "pain"),
    M(RUTHR, "So you'd have needed to keep recording even while it was quiet?"),
    P(BEV, "That's what she said. She said next time, keep the diary going even if it's quiet, write quiet. Nobody tells you that at the start.", FD, FU, -1, "pain"),
    M(RUTHR, "Did you get a feedback survey, anything like that?"),
    P(BEV, "I had a text with a link. How likely are you to recommend our noise service to a friend. I thought, well, I wouldn't wish it on a friend, would I.", CF, FU, -1, "pain"),
    M(RUTHR, "That's a fair point. How are things now, day to day?"),
    P(BEV, "I've got used to it, which is a terrible thing to say. I put the telly on louder. I don't sit in the front room in the evening. My grandson doesn't stay over on a school night.", IL, US, -1, "pain"),
    M(RUTHR, "If you could change one thing about the service?"),
    P(BEV, "Let you keep the case open. Not closed because you've had a good month. And I'd like someone from planning and someone from noise to talk to each other, because it's the same man and the same drive.", CF, FU, 0, "suggestion"),
    M(RUTHR, "That's really helpful. Anything else you wanted to say?"),
    P(BEV, "Only that Danielle was good. I don't want this to sound like I'm moaning about her. She did what she could with what she's got.", OV, PR, 1, "praise"),
    M(RUTHR, "It doesn't, I promise. Thanks so much, Bev."),
    B(BEV, "Thank you, love. Do I just close the window now?"),
]

# ---------------------------------------------------------------------------
# Session 4: interview-2.vtt (Zoom cloud recording; the participant joined from a
# phone whose name is the display name), night worker, 2025-11-24
# ---------------------------------------------------------------------------
INT2 = [
    M(CAL, "Hi, can you hear me okay? I can see you're on your phone."),
    P(GAL, "Yes, I can hear you. Sorry, I'm in the car, it's the only quiet place.", IL, US, -1, "neutral"),
    M(CAL, "No problem at all. It says Galaxy A14 on my screen, is it okay if I call you Precious?"),
    B(GAL, "Yes, that's my daughter's old phone. You can call me Precious."),
    M(CAL, "Great. So, Precious, tell me a bit about your situation and what the noise was."),
    P(GAL, "I'm a care worker, I do nights, 4 nights a week, 8 till 8. So I sleep in the day, from about 9 in the morning to 3 or 4. The flat above me, a young couple moved in, and he works from home and plays music all day, with the bass, and they have a washing machine that goes at 11 in the morning on the spin, right over my bed.", IL, N_, 0, "neutral"),
    M(CAL, "When did you decide to report it?"),
    P(GAL, "It took me a long time, because I thought, it's daytime, they're allowed. I thought the law is only at night. My friend said the same, noise is only after 11. So for months I just used earplugs.", DO, FI, 0, "neutral"),
    M(CAL, "What changed?"),
    P(GAL, "I made a mistake with a medicine at work. Small, nothing happened, but I was so tired. And I thought, this is not okay. So I looked online on my break.", IL, N_, -1, "pain"),
    M(CAL, "And what did you find?"),
    P(GAL, "The council page. It says noise can be a nuisance any time of day, it depends on the situation. So I was wrong all that time. I filled in the form that same morning on my phone, in the staff room.", RC, FI, 0, "neutral"),
    M(CAL, "How was the form on a phone?"),
    P(GAL, "Okay. One thing, it asks what time the noise happens and it has day, evening, night, and you can only tick one. Mine is day, but that looks like I'm complaining about normal life. I wanted to explain I work nights but there's no box.", FD, AP, -1, "pain"),
    M(CAL, "Did you explain it somewhere else?"),
    P(GAL, "In the diary. I wrote at the top, I am a night worker, please read this. The officer said later that made a big difference, that she read that first.", FD, AP, 1, "praise"),
    M(CAL, "Tell me about the officer."),
    P(GAL, "Her name was Mrs Kowalczyk, she was very good. She came at 1 in the afternoon on a weekday, which I didn't think they did, and she came into my bedroom and heard the music herself. She said, I wouldn't be able to sleep in here either.", OV, PR, 1, "praise"),
    M(CAL, "Did they use the app with you at all?"),
    P(GAL, "Yes, and the box. They put a recording box in my bedroom for 10 days. For the day noise the box is better than the app, because I was asleep, I can't press record when I'm asleep. The box has a button but also it records on its own when it goes over a level.", OV, PR, 1, "praise"),
    M(CAL, "Did you try recording it yourself as well?"),
    P(GAL, "I tried, the first week. But to record you have to be awake, and if I'm awake the noise has won already. So I stopped.", RA, AP, -1, "pain"),
    M(CAL, "So what was the outcome?"),
    P(GAL, "They served an abatement notice. On the couple upstairs. I got a letter to say it was served and what it means, that if they breach it they can be prosecuted and fined.", DO, DE, 0, "neutral"),
    M(CAL, "How did you feel about that?"),
    P(GAL, "Relieved, at first. Also scared, because they would know it was me. There's only me below them.", NM, DE, 0, "pain"),
    M(CAL, "And did it make a difference?"),
    P(GAL, "For two weeks. Then the music came back, a bit quieter, but the washing machine is the same. I reported a breach, because the letter says to report it if it continues. That was in September. I'm still waiting to hear.", WU, FU, -1, "pain"),
    M(CAL, "Have you chased it?"),
    P(GAL, "I emailed twice. The second time someone replied that the case is with the legal team and they can't give a timescale. I understand legal things take time. But I work nights, I can't wait months.", WU, FU, -1, "pain"),
    M(CAL, "Did anyone mention the out-of-hours service to you?"),
    P(GAL, "Yes, but it's for nights at the weekend. My problem is Tuesday at 11 in the morning. There's no out-of-hours for people who sleep in the day. That's, what do you say, the wrong way round for me.", OH, PR, -1, "pain"),
    M(CAL, "Mm, that's a really good point."),
    P(GAL, "There are lots of us. Nurses, drivers, the people in the warehouses on the bypass. Half of Harfield works nights.", OH, PR, 0, "neutral"),
    M(CAL, "Have you had any contact with the neighbours directly?"),
    P(GAL, "Once, on the stairs. He said, you know you can just ask us. And I said, I did ask you, in February, with a card and chocolates. He had forgotten.", NM, US, -1, "pain"),
    M(CAL, "Oh."),
    B(GAL, "Yes. So."),
    M(CAL, "If you could change one thing?"),
    P(GAL, "Have somebody for day sleepers. Even just, you can ring in the day and someone comes. Not only Friday and Saturday night.", OH, PR, 0, "suggestion"),
    M(CAL, "Anything else?"),
    P(GAL, "The breach. Tell me what's happening. Even if it's slow, tell me it's slow.", WU, FU, 0, "suggestion"),
    M(CAL, "Thank you, Precious. I know you're between shifts, so I'll let you go."),
    B(GAL, "Thank you. I'm going to sleep in the car now. I'm joking. Bye."),
]


# ---------------------------------------------------------------------------
# Session 5: interview-3.vtt (Microsoft Teams; the officer sits in a Teams Room, so
# Teams names the room), staff: senior environmental health officer, 2025-11-25
# ---------------------------------------------------------------------------
INT3 = [
    M(RUTH, "Hi Martin, can you hear me? I think you're in one of the meeting rooms."),
    B(ROOM, "I am, yeah, I'm in 2.07, it's the only room with a camera that works. It'll probably come up as the room on your end."),
    M(RUTH, "It does, yes. That's fine. So just to start, can you tell me about your role and the team?"),
    P(ROOM, "Sure. I'm a senior environmental health officer in the environmental protection team. There are five of us officers plus a technical officer, and we cover noise, but also smoke, smells, light, drainage, private water supplies. Noise is about 60% of our caseload. We had about 1,400 noise complaints last year.", WU, PR, 0, "neutral"),
    M(RUTH, "And how do people usually get to you?"),
    P(ROOM, "Mostly the online form now, maybe 70%. Then the phone, the app, and then a fair chunk through councillors, which I know people think is a shortcut. It isn't really, it all ends up in the same queue. It just arrives with a councillor's name on it, so somebody replies a bit quicker.", RC, FI, 0, "neutral"),
    M(RUTH, "That's interesting, because we heard in the focus groups that going via the councillor felt quicker."),
    P(ROOM, "It is quicker to get a reply. I won't pretend otherwise. It's not quicker to get a visit.", RC, FI, 0, "neutral"),
    M(RUTH, "What about the form itself?"),
    P(ROOM, "The form's okay. The problem is what it doesn't ask. It doesn't ask if you work shifts, it doesn't ask if there's a landlord, it doesn't let you upload anything. So the first thing we do on most cases is ring people back and ask the same questions again.", FD, AP, -1, "pain"),
    M(RUTH, "And then the diary sheets."),
    P(ROOM, "The diary's the bit people hate, and I understand why. But it's also the bit that wins cases. If it goes to court, the magistrates want to see a pattern, dates, times, how long, what it did to you. A recording proves there was noise. The diary proves it was a nuisance.", FD, AP, 0, "neutral"),
    M(RUTH, "Some people felt it was asking them to prove it over and over."),
    P(ROOM, "Yeah. And when a case closes and they come back, we ask for a new diary. That's the bit I'd change. The old diary goes stale legally, but we could do a shorter one, two weeks, not another 28 days.", CF, FU, 0, "suggestion"),
    M(RUTH, "How does the noise app fit in?"),
    P(ROOM, "The app's been a game changer, honestly. Before the app we'd send people home with a diary and then, if the diary looked strong, we'd try and get out to witness it, and for music at 2 in the morning that's very hard with five officers. Now people record it as it happens, it comes to us with the date and time, we can listen in the office the next morning, and we can see straight away whether it's worth putting a recorder in or going out. But it has limits. Phone microphones are bad at low frequencies, so bass, generators, heat pumps, anything that hums, it doesn't pick up the way a person hears it. So we get people who've sent 50 recordings and we have to say, I'm sorry, we can't hear what you can hear. And that's a horrible conversation to have, because they think we don't believe them.", RA, PR, 0, "pain"),
    M(RUTH, "What happens then?"),
    P(ROOM, "Then it's the monitoring equipment, the proper recorders, which we put in someone's home for a week or two. We've got four of them. There's a waiting list for them most of the summer.", OV, PR, -1, "pain"),
    M(RUTH, "And visits, witnessing it at night?"),
    P(ROOM, "That's the out-of-hours service. Friday and Saturday, 10 at night till 3, two officers on a rota, and it's voluntary overtime. Weekday nights there's nothing, and daytime for shift workers there's just us, in office hours, if we happen to be free.", OH, PR, -1, "pain"),
    M(RUTH, "Is that something that could change?"),
    P(ROOM, "I'd love it to. It's money. A weekday night service would need more officers, and the out-of-hours overtime budget got cut by a third two years ago. I'm not going to promise anything in a research interview.", OH, PR, -1, "pain"),
    M(RUTH, "Understood. Let's talk about decisions. How do you decide whether something's a statutory nuisance?"),
    P(ROOM, "There's no decibel level in the law for most of this, which surprises people. It's the officer's judgement of whether it unreasonably interferes with someone's use of their home, as an ordinary person would see it. So we look at how loud, how long, how often, what time, the character of the area. A dog barking for a minute isn't a nuisance. A dog barking for six hours every weekday might be.", DO, DE, 0, "neutral"),
    M(RUTH, "And when it is?"),
    P(ROOM, "Then we have to serve an abatement notice, that's a duty, not a choice. Before that, a lot of cases get a warning letter first, which is informal. Most people stop at the letter, honestly. The ones who don't, we serve the notice, and if they breach it, that's when we look at prosecution or seizing equipment.", DO, DE, 0, "neutral"),
    M(RUTH, "We heard from a resident who reported a breach in September and is still waiting."),
    P(ROOM, "That'll be with legal. Prosecutions take months. We don't always tell the complainant where it's got to, and we should. That's a fair criticism.", WU, FU, -1, "pain"),
    M(RUTH, "What about people who feel it's not a nuisance in law but it's still ruining their life?"),
    P(ROOM, "That's the hardest part of the job. Somebody can be genuinely suffering and it still doesn't meet the threshold, because the walls are thin, or it's everyday living noise like footsteps and doors. We tell them about mediation, we tell them they can take their own action in the magistrates' court under section 82. Very few do.", DO, DE, 0, "pain"),
    M(RUTH, "How does mediation work here?"),
    P(ROOM, "We refer to Harfield Community Mediation. It's a small charity, good people, mostly volunteers. It works best early, before people have written notes and stuck them in windows. By the time they come to us it's often too late for mediation, they won't be in a room together.", NM, PR, 0, "neutral"),
    M(RUTH, "And businesses? Pubs, builders."),
    P(ROOM, "Businesses are usually easier, funnily enough. They've got a licence or a planning condition to lose, and they want to sort it. For building sites we can set hours under the Control of Pollution Act, usually 8 till 6, Saturday mornings, no Sundays. The complaint we get most is from builders who didn't know the hours applied to them.", BN, DE, 0, "neutral"),
    M(RUTH, "What happens when a case closes?"),
    P(ROOM, "We close it if there's no new evidence for about a month, or if we've decided it's not a nuisance. The closing letter is a template. It's not a great letter, I'll be honest. It reads like we've given up, and a lot of the time we haven't, we just need new evidence.", CF, FU, -1, "pain"),
    M(RUTH, "Do you see the feedback survey results?"),
    P(ROOM, "Once a quarter. The scores for the officers are good. The scores for how long it takes are bad. Which is pretty much what you've found, I'd guess.", CF, FU, 0, "neutral"),
    M(RUTH, "If you could change one thing?"),
    P(ROOM, "Put the diary in the app. One place for the recordings and the diary, with the times matching. Half our admin is matching someone's handwritten diary to their recordings.", FD, AP, 0, "suggestion"),
    M(RUTH, "That's come up a lot. Anything else?"),
    P(ROOM, "Just that people should report early. They wait a year, they're at the end of their rope, and then we're asking them for 28 days of diary. Report early, even if you think it's minor.", RC, FI, 0, "suggestion"),
    M(RUTH, "Thanks, Martin. That's really helpful."),
    B(ROOM, "No worries. Send me the report when it's done."),
]

# ---------------------------------------------------------------------------
# Session 6: interview-4.xlsx (research repository export, speakers as e-mail
# addresses), former tenant who moved, guide starts at the end, 2025-11-26
# ---------------------------------------------------------------------------
INT4 = [
    M(CALE, "Thanks for making time, Tanya. I know you've moved since all this. Where are you now?"),
    P(TANYA, "Dunmore Green. A little terrace. Moved in June. And I'll tell you, the first night I lay there waiting for the music and it never came, and I cried. Honestly.", CF, FU, 0, "neutral"),
    M(CALE, "So going back, where were you living when the noise started?"),
    P(TANYA, "A housing association flat in Harfield, Beacon Court, second floor. The flat next door changed hands in 2022 and the new tenant had parties. Not every night. Wednesday, Friday, Saturday, and then random nights when he'd had a win on the horses or whatever.", IL, N_, 0, "neutral"),
    M(CALE, "And what did you do first?"),
    P(TANYA, "Housing association first, because it's their tenant. They said antisocial behaviour, fill in a form, keep a diary. Then they said noise is environmental health, so report it to the council as well. So I had two diaries. Same nights, written out twice.", NM, FI, -1, "pain"),
    M(CALE, "Two diaries."),
    P(TANYA, "Two diaries, two case numbers, two officers. And the two officers had never spoken to each other. I know because I asked them both.", NM, PR, -1, "pain"),
    M(CALE, "How did the council case go?"),
    P(TANYA, "The first one, in 2023, got closed. I went to my mum's for three weeks when she had her operation, so there was a gap in the diary, and when I came back it was closed. No evidence in the last 28 days, it said.", CF, FU, -1, "pain"),
    M(CALE, "Did anyone ring you before it was closed?"),
    P(TANYA, "No. Letter. Which I found when I got back from my mum's, on the mat with the pizza menus.", CF, FU, -1, "pain"),
    M(CALE, "And then you re-opened it?"),
    P(TANYA, "In the spring. New case, new diary, new app link, because the old one had expired. The officer was different, Tom, and to be fair Tom read the old case first, which nobody had asked him to do. He said, it's the same address, it's the same man.", CF, FU, 1, "praise"),
    M(CALE, "Did you use the app that time?"),
    P(TANYA, "Loads. You'd hear the first bass line and I'd already have my phone in my hand. I think I sent about 80 recordings. Tom said he could hear it clearly, which, after the first time, it was nice to have someone say that.", RA, PR, 1, "praise"),
    M(CALE, "Was there a visit?"),
    P(TANYA, "Out-of-hours came on a Saturday in May. They heard it from the landing, they didn't even need to come into my flat. They knocked on his door at 1 in the morning and he turned it down, and then they left and he turned it back up.", OH, PR, -1, "pain"),
    M(CALE, "Did they come back?"),
    P(TANYA, "No. There's two of them for the whole district on a Saturday night, they can't sit outside one door.", OH, PR, 0, "neutral"),
    M(CALE, "What about mediation? I think you said it was offered."),
    P(TANYA, "The housing association offered it. I said yes, because I wanted to be reasonable, and he said no. That was the end of mediation. It's voluntary, so if one of you won't, it's nothing.", NM, PR, -1, "neutral"),
    M(CALE, "And the decision in the end?"),
    P(TANYA, "Warning letter in June 2024, then an abatement notice in the August. I had a letter saying it had been served. I put it on the fridge like a certificate.", DO, DE, 1, "praise"),
    M(CALE, "And did the notice work?"),
    P(TANYA, "It worked on the music. He breached it once and they came with a warrant and took his speaker away, which I didn't know they could do. Then it was people, shouting, doors at 3 in the morning. You can't serve a notice on a door, apparently.", DO, US, 0, "pain"),
    M(CALE, "So when did you decide to move?"),
    P(TANYA, "Christmas. I put in for a transfer with the housing association and they said I'd be in band C, so years. So I rented privately in the end, which costs me 150 more a month. I'm paying to get away from him, basically.", CF, FU, -1, "pain"),
    M(CALE, "Was there any follow-up from the council after you moved?"),
    P(TANYA, "I emailed to say I've moved, please close it. I got the survey after that. I gave the officers 5 out of 5 and the process 1. I put a comment in the box. I said, the diary isn't the problem, closing my case while I was at my mum's was the problem.", CF, FU, 0, "neutral"),
    M(CALE, "Did you hear anything back about the comment?"),
    P(TANYA, "Nothing. I don't expect to. It's a survey.", CF, FU, -1, "neutral"),
    M(CALE, "How did the whole thing affect you, looking back?"),
    P(TANYA, "I was on antidepressants for a bit. I'm not blaming the council for that, I'm blaming him. But three years is a long time to feel like you're the one being unreasonable.", IL, US, -1, "pain"),
    M(CALE, "Mm."),
    P(TANYA, "And the weird thing, my friends thought I should just put up with it. They'd say, it's a flat, you hear things. And I'd think, yes, I hear things, I don't hear a DJ set through my headboard.", IL, US, -1, "pain"),
    M(CALE, "If there was one thing you'd change?"),
    P(TANYA, "Don't close a case when someone's gone quiet. Ring them. I was at my mum's. One phone call.", CF, FU, -1, "suggestion"),
    M(CALE, "And for the housing association side?"),
    P(TANYA, "One case between them. One diary, one officer who talks to the other one. I know they're different organisations. I don't care.", NM, PR, 0, "suggestion"),
    M(CALE, "Thanks, Tanya. That's everything from me."),
    B(TANYA, "Thank you. It's nice to tell it from the beginning to someone who doesn't sigh.", 1, "praise"),
]


# ---------------------------------------------------------------------------
# Session 7: interview-5.txt (DaVinci Resolve transcription of the council's video
# interview, exported as text), resident, filmed by communications, 2025-11-27
# ---------------------------------------------------------------------------
INT5 = [
    M(JESS, "Okay, we're rolling. Could you just say your name and where you live, for the sound?"),
    B(HAR, "Harold Baines, Little Stanway. Was that all right?"),
    M(JESS, "Perfect. And in your own words, what was the problem?"),
    P(HAR, "A cockerel. Well, three cockerels by the end. The new people next door keep chickens, which is lovely, I like a fresh egg, but the cockerels start at 4 in the morning, in summer earlier, and they don't stop. 4, 5, 6 o'clock. And I'm a light sleeper at my age.", IL, N_, 0, "neutral"),
    M(JESS, "And what did you do?"),
    P(HAR, "Well, I'm old-fashioned, I went round. They were very nice about it, they said they'd keep them in a coop with a cover over at night to keep them dark. And they did, for a while, and then the cover blew off in a storm and never went back on.", NM, N_, 0, "neutral"),
    M(JESS, "How did you find out the council could help?"),
    P(HAR, "My wife saw it in the council magazine. There's a page at the back, who to contact. I'd never have thought a cockerel was the council's business. I thought it's the countryside, you put up with it.", RC, FI, 0, "neutral"),
    M(JESS, "And how was reporting it?"),
    P(HAR, "My wife did the form on the computer. I did the diary. I'm good at diaries, I kept one for 40 years on the railway, so that was no trouble at all. Every morning, time, how many crows. I counted.", FD, AP, 1, "praise"),
    M(JESS, "You counted the crows?"),
    P(HAR, "I did. Up to 90-odd some mornings before 6. The officer said she'd never had a diary like it.", FD, AP, 0, "neutral"),
    M(JESS, "Did you use the noise app at all?"),
    P(HAR, "My wife tried. It records 30 seconds, and the cockerel isn't on a timetable, so by the time she'd found her glasses and opened it, he'd stopped. We sent a video from her phone instead, which the officer said was fine.", RA, AP, 0, "neutral"),
    M(JESS, "And the officer came out?"),
    P(HAR, "She came twice. Once at half 4 in the morning in June, which I thought was above and beyond, and she stood in our garden in the half light with a cup of tea my wife made her and heard it for herself. And then she put a recorder in our back bedroom for a week.", OV, PR, 1, "praise"),
    M(JESS, "And what happened then?"),
    P(HAR, "They wrote to the neighbours, and then there was a notice. An abatement notice, they call it. It said the crowing had to stop being a nuisance, not that they had to get rid of the birds, which I thought was fair. They found a home for two of them on a farm over at Brackley and kept one, and they put him in a shed at night with the light kept out.", DO, DE, 1, "praise"),
    M(JESS, "How did you find the letters from the council?"),
    P(HAR, "Clear enough. There was one bit about section 80 of the act, which I had to read twice, but the officer rang me and explained it. She said, it means they've got 21 days to sort it out.", DO, DE, 1, "praise"),
    M(JESS, "How are things now?"),
    P(HAR, "Much better. He crows at 7 now, and I'm up anyway. I can live with 7.", IL, US, 1, "praise"),
    M(JESS, "And for you, what difference has it made?"),
    P(HAR, "I sleep. That's it, really. When you don't sleep, everything's harder, you're short with people, you're short with your wife. I'm a nicer man to live with now, she says.", IL, US, 1, "praise"),
    M(JESS, "What would you say to someone who's worried about making a fuss?"),
    P(HAR, "Keep a diary from day 1, even before you ring. Then you've got something when they ask.", FD, AP, 0, "suggestion"),
    M(JESS, "Was there anything about the process that could have been better?"),
    P(HAR, "It was slow. From my wife filling in the form to the notice, I think it was about 4 months, and that's a whole summer of 4 o'clock mornings. I'd say that. It was slow, and you didn't hear much in between.", WU, PR, -1, "pain"),
    M(JESS, "Did anybody explain why it took that long?"),
    P(HAR, "She said they'd had a lot of cases that summer, barbecues and parties and that, and they have to go to the worst first. Which, you know, I understand. A cockerel's not the end of the world.", WU, PR, 0, "neutral"),
    M(JESS, "Did you ever ring the out-of-hours line?"),
    P(HAR, "At 4 in the morning? It's not on then, is it. It finishes at 3, and he starts at 4. You couldn't make it up.", OH, PR, -1, "pain"),
    M(JESS, "But you'd recommend people report it?"),
    P(HAR, "Oh, yes. Do it early. Don't do what I did and wait a year thinking you're being a nuisance yourself.", RC, FI, 1, "praise"),
    M(JESS, "And how are things with the neighbours now?"),
    P(HAR, "Fine. Better than fine. We had them round at Christmas. I think they were more upset than we were that it got to the council, to be honest, they'd have fixed it if I'd kept on at them.", NM, US, 0, "neutral"),
    M(JESS, "Lovely. Is there anything you'd want someone watching this to know?"),
    P(HAR, "That they're people, at the council. The lady who came was a person, not a form. And ask for the diary early, don't wait for them to send it.", OV, PR, 1, "praise"),
    M(JESS, "Perfect. I think we've got it. Thanks, Harold."),
    B(HAR, "Is that it? I thought it'd take longer. Do I get a copy?"),
    M(JESS, "We'll send you the link when it's up."),
    B(HAR, "Lovely. My grandson will put it on the Facebook."),
]

# ---------------------------------------------------------------------------
# Session 8: interview-6.txt (phone recording run through AssemblyAI with speaker
# labels, printed as in AssemblyAI's own guides), small builder, 2025-11-28
# ---------------------------------------------------------------------------
INT6 = [
    B(SPA, "Is it going? Right. I've got about half an hour, I've got a delivery at 3."),
    M(SPB, "That's plenty, thanks Dean. It's going, yes. So could you start by telling me a bit about your business?"),
    P(SPA, "D. Hollis Building. It's me, my son and 2 lads, plus subbies when we need them. Extensions, loft conversions, kitchens. We work all over the district, mostly Dunmore Green and Kettlebrook.", BN, N_, 0, "neutral"),
    M(SPB, "And you had some contact with environmental health about noise?"),
    P(SPA, "Yeah. Last year, an extension in Dunmore Green. Two-storey, tight site, neighbours either side and behind. We got a letter from the council saying there'd been complaints about noise, early starts and Saturdays, and then an officer turned up one morning at 7.", BN, PR, 0, "neutral"),
    M(SPB, "How did that go?"),
    P(SPA, "She was alright. Fair. She stood there, she had the meter, she heard the mixer going and the radio, and she said, you know what the hours are. And I said, honestly, no. I thought it was 7 till 7 and Saturdays were fine.", BN, PR, 0, "neutral"),
    M(SPB, "So what are the hours?"),
    P(SPA, "For that job she gave us a notice, section 60. No noisy work before 8, finish at 6, Saturdays 8 till 1, nothing on a Sunday or a bank holiday. Which is fine, now I know. But nobody tells you. There's no leaflet when you start a job. Planning doesn't tell you, building control doesn't tell you.", BN, DE, -1, "pain"),
    M(SPB, "Did the notice cause you problems?"),
    P(SPA, "It cost me. Starting at 8 instead of 7 on a tight job, that's an hour a day, 5 lads, for 10 weeks. You work it out. And the client doesn't want to pay more because the neighbour complained.", BN, US, -1, "pain"),
    M(SPB, "How did your client take it?"),
    P(SPA, "Not great. He thought I should have known, and he's right, I should. He's been to a solicitor about the neighbour since, which I told him was a bad idea.", NM, US, -1, "pain"),
    M(SPB, "Did you know who'd complained?"),
    P(SPA, "No, and they won't tell you, which I get. But it means you can't go round and say sorry, what can we do. I'd have moved the mixer to the other side of the house if anyone had asked. That's the thing. Nobody asked.", NM, PR, -1, "pain"),
    M(SPB, "So a conversation earlier would have helped."),
    P(SPA, "100%. Most complaints I've had in 25 years, you knock on the door, you give them your number, you say ring me if it's bad, and they never ring. The ones that go to the council are the ones where nobody talked.", NM, PR, 0, "neutral"),
    M(SPB, "Were you worried about what would happen if you didn't stick to it?"),
    P(SPA, "Course I was. She said if we breached it, it's a criminal offence, it's a fine, and on a big job that's my name in the paper. I've got a reputation. So we stuck to it. Mostly.", DO, DE, 0, "neutral"),
    M(SPB, "Mostly?"),
    P(SPA, "One Saturday the concrete lorry came at half 12 and we were still pouring at half 1. What do you do, send it back? I rang the officer on the Monday and told her before anyone else could. She said thanks for letting me know.", OV, US, 1, "praise"),
    M(SPB, "Did the officer say how they'd known about the early starts?"),
    P(SPA, "She said the neighbour had sent recordings from an app. Mixer, radio, the lads shouting, all with the times on. I couldn't really argue with that, could I.", RA, PR, 0, "neutral"),
    M(SPB, "Did you ever get a call from the out-of-hours team?"),
    P(SPA, "Once, on a different job. We'd left a generator running overnight for a pump, and they rang me at 11 at night. That was my fault, to be fair. I drove over and turned it off.", OH, PR, 0, "neutral"),
    M(SPB, "Did you have any other contact with the council after that?"),
    P(SPA, "At the end they sent a letter saying the case was closed. That was it. I had to ask if the notice still applied to my next job. It doesn't, it was for that site.", CF, FU, 0, "neutral"),
    M(SPB, "How did you find that out?"),
    P(SPA, "Rang the number on the letter. Got through second go. Young lad, he didn't know, he had to ask someone and ring me back. He did ring back, to be fair.", WU, FU, 0, "praise"),
    M(SPB, "Do you think the system is fair on builders?"),
    P(SPA, "Mostly, yeah. Look, I wouldn't want a mixer going outside my bedroom at half 6 either. My son's got a baby. I get it. What isn't fair is you find out the rules from a complaint, not before.", BN, FI, 0, "pain"),
    M(SPB, "What would have helped?"),
    P(SPA, "A one-page thing. Building work in Harfield, here are the hours, here's what counts as noisy, here's who to ring. Give it out with building control. Every builder in the district would read it, because nobody wants the grief.", BN, FI, 0, "suggestion"),
    M(SPB, "That's really clear. Anything else?"),
    P(SPA, "Tell the neighbours the hours too. Half the time they think we can't start till 9, or we can't work Saturdays at all. It cuts both ways.", BN, FI, 0, "suggestion"),
    M(SPB, "Good point. And the complaint process itself, from what you saw?"),
    P(SPA, "I only saw my end. The letter was polite. The officer was professional. The only thing, the first letter came 3 weeks after the complaint, so we'd been doing it wrong for 3 more weeks without knowing. If you're going to tell me, tell me quick.", WU, PR, 0, "pain"),
    M(SPB, "That's useful, thanks."),
    P(SPA, "And the notice. Put it in plain English. I had to get my son to read the legal bit on his phone.", DO, DE, -1, "suggestion"),
    M(SPB, "Noted. Anything else before your delivery?"),
    B(SPA, "No, that's me. Good luck with it. If it means fewer letters, I'm all for it.", 1, "praise"),
    M(SPB, "Thanks Dean, really appreciate it."),
    B(SPA, "No bother."),
]


# ---------------------------------------------------------------------------
# Codebook, written before coding (examples are exact excerpts of participant
# turns of that theme; checked in main())
# ---------------------------------------------------------------------------
CODEBOOK = [
    (RC, "Finding out where and how to report",
     "How people learn that noise is the council's business and get their complaint to "
     "environmental health: ringing 101 or the police first, the council website and what "
     "it does or does not explain, the Harfield Connect app and where noise sits in it, "
     "the phone line and the person who takes it down, ward councillors who forward "
     "emails, parish newsletters, the council magazine, Reddit and neighbours, reporting "
     "to planning or licensing by mistake, beliefs about when noise 'counts', and advice "
     "to report early. The online form itself goes to form_diary; a landlord or housing "
     "association as the place to report goes to neighbours_mediation.",
     ["Honestly I thought it was the police.",
      "Which I'm aware isn't how it's meant to work.",
      "It's not quicker to get a visit."]),
    (FD, "The online form and the noise diary",
     "Making the complaint and keeping the evidence on paper: the online form and what it "
     "cannot hold (no upload, one tick box for the time of day, no box for shift work or a "
     "landlord), the diary sheets for 28 days, what to write under 'effect on you', noise "
     "that never starts or stops, writing by hand at night, help from family, the PDF "
     "version, keeping the diary going when it is quiet, and wishes for the diary in the "
     "app. Recordings made with the app go to recordings_app; being asked for a new "
     "diary after a case closes goes to closure_follow_up.",
     ["At 2 in the morning. With a pen.",
      "Couldn't sleep. Couldn't sleep. Couldn't sleep.",
      "The diary proves it was a nuisance."]),
    (RA, "The noise app and recordings as evidence",
     "Recording the noise as it happens: the link to the noise app, 30-second clips sent "
     "with the time on them, how many recordings are allowed, videos sent by email, phone "
     "microphones that miss bass and hums, recordings whose times are an hour out after "
     "the clocks change, officers who can or cannot hear what the resident hears, and the "
     "feeling of finally having proof. Monitoring equipment that officers install goes to "
     "officer_visits.",
     ["sounds like someone tapping a table",
      "all you can hear is my fridge",
      "I did 63 recordings in the end."]),
    (WU, "Waiting, updates and chasing",
     "Everything between reporting and a decision, and whenever people wait for word "
     "afterwards: acknowledgement emails and the 10 working days, weeks of silence, "
     "voicemails and the switchboard, staff shortages, 'monitoring the situation', not "
     "knowing whether anyone has listened to the recordings, breaches reported and cases "
     "with the legal team, how long a case takes and whether that is normal, slow first "
     "letters to a business, and the team's own caseload. Closing letters and re-opened "
     "cases go to closure_follow_up.",
     ["Even a text that says we've looked at your recordings would be something.",
      "I'm still waiting to hear.",
      "Nobody told me October was normal."]),
    (OV, "Officer visits and monitoring equipment",
     "The officers in person and what they do to witness the noise in office hours: visits "
     "with a meter, coming at 7 in the morning or 1 in the afternoon, going round to the "
     "site there and then, monitoring units left in a bedroom for one or two weeks and the "
     "waiting list for them, the quiet fortnight while the box is in, officers who cannot "
     "be on call for one case, and praise for individual officers. Night visits by the "
     "out-of-hours team go to out_of_hours.",
     ["I was impressed, genuinely.",
      "It was the quietest 2 weeks we'd had all year.",
      "how would she know"]),
    (OH, "The out-of-hours noise service",
     "Getting someone to witness noise at night or outside office hours: the Friday and "
     "Saturday night service, ringing at 1 in the morning and an officer arriving after "
     "it has stopped, two officers for the whole district, knocking on the door and "
     "leaving, nothing on weekday nights, nothing for people who sleep in the day, the "
     "overtime budget, and wishes for weekday and daytime cover or quicker response.",
     ["it had stopped at half 2",
      "There's no out-of-hours for people who sleep in the day.",
      "Out-of-hours on weekdays."]),
    (DO, "The decision: statutory nuisance, letters and notices",
     "What the council decides and what it means: whether it is a statutory nuisance, "
     "that there is no decibel limit and it is the officer's judgement, 'lifestyle noise', "
     "warning letters, abatement notices and working-hours notices for building sites, "
     "breaches, seizing equipment and prosecution, taking your own action under section "
     "82, the wording of the letters, and what people believe the rules are. How a "
     "business changes its ways after a notice goes to business_noise; living with the "
     "noise afterwards goes to impact_daily_life.",
     ["it's her judgement",
      "Which is, you know, a letter.",
      "There's no decibel level in the law"]),
    (IL, "Living with the noise",
     "What the noise does to people and their homes before, during and after the case: "
     "sleep, earplugs and fans, night workers who sleep in the day, babies and "
     "grandchildren, nerves, tiredness at work, medication, families split across rooms, "
     "the car as the only quiet place, getting used to it, and how life is once it stops. "
     "Deciding to move house goes to closure_follow_up; relations with the neighbour go "
     "to neighbours_mediation.",
     ["I sleep with earplugs and a fan on",
      "living in two halves of the house",
      "I can live with 7."]),
    (NM, "Neighbours, landlords and mediation",
     "The people on the other side of the wall and those who stand between: knocking on "
     "the door, notes put up in windows, fear of retaliation or of being known as the "
     "complainant, neighbours who forget, housing associations and landlords with their "
     "own antisocial behaviour cases and diaries, the council and the housing association "
     "not talking to each other, community mediation that one side refuses, builders who "
     "would rather have been asked, and relations once it is over. Pubs and building "
     "firms as businesses go to business_noise.",
     ["they put it up in their window",
      "One case, not two.",
      "That's the thing. Nobody asked."]),
    (BN, "Businesses: pubs, building sites, workshops and generators",
     "Noise from or about businesses, from either side: a pub garden with karaoke, "
     "building sites, piling and early starts, a takeaway's generator, a car repair "
     "business on a drive, site liaison letters, the landlord's and the builder's view "
     "of complaints and letters, premises licences and licensing meetings, the cost of "
     "working hours, what businesses changed, and wishes for a leaflet or a phone call "
     "to the business first. The decision itself (notice, letter, not a nuisance) goes to "
     "decision_outcome.",
     ["Talk to the business first.",
      "A one-page thing.",
      "The piling carried on."]),
    (CF, "Case closure, re-opening and moving on",
     "What happens when a case ends: closing letters and templates, cases closed after a "
     "quiet month or a gap in the diary, starting a new diary from day 1, re-opened cases "
     "and officers who read the old file, feedback surveys and comments nobody answers, "
     "moving house or thinking about it, and wishes to keep a case open or let the old "
     "diary count. Waiting for news of a breach goes to waiting_updates.",
     ["Start again. From day 1.",
      "I wouldn't wish it on a friend",
      "One phone call."]),
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
    return session["items"]


def timings(session):
    """Synthetic start/end per turn: words at the session's rate plus seeded pauses."""
    rnd = random.Random(session["seed"])
    t = session["start"]
    lo, hi = session["pause"]
    out = []
    for it in session["items"]:
        dur = len(norm(it["text"]).split()) / session["rate"] + 0.5
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(lo, hi)
    return out


def hms(s: float) -> str:
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


def split_long(sentence: str, maxw: int) -> list[str]:
    """A sentence longer than maxw words is cut after a comma, or else between words."""
    w = sentence.split()
    if len(w) <= maxw:
        return [sentence]
    out, cur = [], []
    for word in w:
        cur.append(word)
        if (len(cur) >= maxw * 0.6 and word.endswith(",")) or len(cur) >= maxw:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def chunks(text: str, maxw: int) -> list[str]:
    """Cut a turn into pieces at sentence ends, at most maxw words each."""
    units = [u for s in sentences(text) for u in split_long(s, maxw)]
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


def halves(text: str, min_words: int) -> list[str]:
    """A long turn as two paragraphs, cut at the sentence nearest the middle."""
    sents = sentences(text)
    if len(norm(text).split()) < min_words or len(sents) < 3:
        return [norm(text)]
    total = len(norm(text).split())
    cum, acc = [], 0
    for x in sents[:-1]:
        acc += len(x.split())
        cum.append(acc)
    best = min(range(1, len(sents)), key=lambda i: abs(cum[i - 1] - total / 2))
    return [" ".join(sents[:best]), " ".join(sents[best:])]


def piece_times(a, b, pieces, gap=0.4):
    """Start/end of each piece of a turn, by words, with a short pause between."""
    total = sum(len(p.split()) for p in pieces)
    span = (b - a) - gap * (len(pieces) - 1)
    t, out = a, []
    for p in pieces:
        d = span * len(p.split()) / total
        out.append((t, t + d))
        t += d + gap
    return out


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


# ---------------------------------------------------------------------------
# Writers (each returns bytes, or None when the needed library is missing)
# ---------------------------------------------------------------------------
def ff_duration(seconds: float) -> str:
    """fireflies-transcript-exporter's format_duration."""
    h, m, s = int(seconds // 3600), int((seconds % 3600) // 60), int(seconds % 60)
    if h > 0:
        return f"{h}h {m}m {s}s"
    if m > 0:
        return f"{m}m {s}s"
    return f"{s}s"


def ff_stamp(seconds: float) -> str:
    """fireflies-transcript-exporter's format_timestamp: [MM:SS], minutes not capped."""
    return f"[{int(seconds // 60):02d}:{int(seconds % 60):02d}]"


def write_fireflies(s) -> bytes:
    """Fireflies.ai transcript fetched through the GraphQL API and formatted by
    fireflies-transcript-exporter (download_transcript.py, TranscriptFormatter): a
    header between lines of 80 '=', the AI summary, keywords and action items, then
    FULL TRANSCRIPT; a '--- Speaker ---' line (after an empty line) whenever the
    speaker changes, and one '[MM:SS] sentence' line per Fireflies sentence; lines
    joined with '\\n', no final newline."""
    tms = timings(s)
    lines = ["=" * 80, f"TITLE: {s['title']}", f"ID: {s['ff_id']}",
             f"DURATION: {ff_duration(tms[-1][1] + 3.4)}", f"DATE: {s['datestr']}",
             f"PARTICIPANTS: {', '.join(s['emails'])}", "=" * 80, ""]
    lines += s["summary"]
    lines += ["=" * 80, "FULL TRANSCRIPT", "=" * 80, ""]
    current = None
    for t, (a, b) in zip(turns_of(s), tms):
        sents = [u for x in sentences(t["text"]) for u in split_long(x, 26)]
        if t["speaker"] != current:
            lines += ["", f"--- {t['speaker']} ---"]
            current = t["speaker"]
        for piece, (pa, _) in zip(sents, piece_times(a, b, sents, gap=0.3)):
            lines.append(f"{ff_stamp(pa)} {piece}")
    return "\n".join(lines).encode("utf-8")


def write_agency_docx(s) -> bytes | None:
    """A transcription agency's Word transcript: a running header and footer, a bold
    title, a two-column header table (client, project, file, date, duration, speakers,
    style, transcriber), then one paragraph per turn opening with the speaker in bold
    capitals and a colon, the time on the recording at the END of each paragraph
    ([hh:mm:ss]), a long turn as two paragraphs (the second without a label), an empty
    paragraph between turns, and [END OF RECORDING]."""
    try:
        import docx
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt, Cm
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.header.paragraphs[0].text = s["running_header"]
    sec.footer.paragraphs[0].text = s["running_footer"]
    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = title.add_run("TRANSCRIPT")
    r.bold = True
    r.font.size = Pt(14)
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for k, v in s["head_table"]:
        cells = table.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = v
    d.add_paragraph()
    for t, (a, b) in zip(turns_of(s), timings(s)):
        paras = [norm(p) for p in t["text"].split("\n\n")]
        for j, (p, (_, pb)) in enumerate(zip(paras, piece_times(a, b, paras, gap=0.8))):
            par = d.add_paragraph()
            if j == 0:
                par.add_run(f"{t['speaker']}:").bold = True
                p = " " + p
            par.add_run(f"{p} [{hms(pb)}]")
        d.add_paragraph()
    end = d.add_paragraph()
    end.add_run("[END OF RECORDING]").bold = True
    cp = d.core_properties
    cp.author = cp.last_modified_by = "Clearword Transcription Ltd"
    cp.title = "HDC noise research \u2013 focus group 2"
    cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.revision = 4
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word")


def rv_time(seconds: float) -> str:
    cs = int(round(seconds * 100))
    m, cs = divmod(cs, 6000)
    return f"{m:02d}:{cs // 100:02d}.{cs % 100:02d}"


def write_riverside(s) -> bytes:
    """Riverside.fm transcript as text: 'Display Name (mm:ss.cc)' on a line, the
    paragraph below, an empty line between paragraphs; a long turn is two paragraphs
    of one speaker, each with its own time."""
    blocks = []
    for t, (a, b) in zip(turns_of(s), timings(s)):
        paras = halves(t["text"], s["split_words"])
        for p, (pa, _) in zip(paras, piece_times(a, b, paras, gap=0.6)):
            blocks.append(f"{t['speaker']} ({rv_time(pa)})\n{p}")
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def write_zoom_vtt(s) -> bytes:
    """Zoom cloud recording transcript: WEBVTT, numbered cues, 'Display Name: text' in
    every cue, long turns over several cues."""
    out, n = ["WEBVTT", ""], 1
    for t, (a, b) in zip(turns_of(s), timings(s)):
        pieces = chunks(t["text"], s["cue_words"])
        for p, (pa, pb) in zip(pieces, piece_times(a, b, pieces, gap=0.05)):
            out += [str(n), f"{ts_vtt(pa)} --> {ts_vtt(pb)}", f"{t['speaker']}: {p}", ""]
            n += 1
    return "\n".join(out).encode("utf-8")


def write_teams_vtt(s) -> bytes:
    """Microsoft Teams transcript (.vtt): WEBVTT, cue ids '<guid>/<n>-<k>' (n per
    phrase, k per piece), '<v Display Name>text</v>', long turns over many cues."""
    out = ["WEBVTT", ""]
    n = s["first_id"]
    for t, (a, b) in zip(turns_of(s), timings(s)):
        pieces = chunks(t["text"], s["cue_words"])
        for k, (p, (pa, pb)) in enumerate(zip(pieces, piece_times(a, b, pieces, gap=0.0))):
            out += [f"{s['guid']}/{n}-{k}", f"{ts_vtt(pa)} --> {ts_vtt(pb)}",
                    f"<v {t['speaker']}>{p}</v>", ""]
        n += 1
    return "\n".join(out).encode("utf-8")


def write_repo_xlsx(s) -> bytes | None:
    """Research repository export: sheet 'Transcript' with three lines of export
    metadata, an empty row and the header on row 5 (Segment | Start | Speaker | Text |
    Tags | Highlighted), one row per transcript segment (a long turn is two segments
    of one speaker), speakers as the e-mail addresses the meeting gave; a second sheet
    'Tags' with the tag counts."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
    except ImportError:
        return None
    rows = []
    for i, (t, (a, b)) in enumerate(zip(turns_of(s), timings(s))):
        paras = halves(t["text"], s["split_words"])
        for j, (p, (pa, _)) in enumerate(zip(paras, piece_times(a, b, paras, gap=0.5))):
            tags = s["tags"].get(i, ("", ""))
            rows.append([hms(pa), t["speaker"], p, tags[0] if j == 0 else "",
                         tags[1] if j == 0 else ""])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Transcript"
    meta = [line.format(n=len(rows)) for line in s["meta"]]
    for i, line in enumerate(meta, 1):
        ws.cell(row=i, column=1, value=line).font = Font(bold=(i == 1), size=13 if i == 1 else 10)
    hdr = len(meta) + 2
    for c, v in enumerate(["Segment", "Start", "Speaker", "Text", "Tags", "Highlighted"], 1):
        cell = ws.cell(row=hdr, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="4B3F72")
    for k, (start, spk, text, tags, hl) in enumerate(rows, 1):
        r = hdr + k
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=start)
        ws.cell(row=r, column=3, value=spk)
        ws.cell(row=r, column=4, value=text).alignment = Alignment(wrap_text=True, vertical="top")
        if tags:
            ws.cell(row=r, column=5, value=tags)
        if hl:
            ws.cell(row=r, column=6, value=hl)
    for col, w in zip("ABCDEF", (9, 10, 30, 95, 28, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"A{hdr + 1}"
    ws.auto_filter.ref = f"A{hdr}:F{hdr + len(rows)}"
    counts = Counter(tag.strip() for _, _, _, tags, _ in rows if tags for tag in tags.split(";"))
    wt = wb.create_sheet("Tags")
    wt.append(["Tag", "Segments"])
    for c in wt[1]:
        c.font = Font(bold=True)
    for tag in sorted(counts):
        wt.append([tag, counts[tag]])
    wt.column_dimensions["A"].width = 28
    wb.properties.creator = wb.properties.lastModifiedBy = s["author"]
    wb.properties.title = s["wb_title"]
    wb.properties.created = wb.properties.modified = s["epoch"]
    raw = io.BytesIO()
    wb.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Excel")


def tc25(seconds: float, origin: int = 3600) -> str:
    """Timeline timecode at 25 fps; Resolve timelines start at 01:00:00:00."""
    f = int(round((seconds + origin) * 25))
    sec, fr = divmod(f, 25)
    return f"{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}:{fr:02d}"


def write_resolve(s) -> bytes:
    """DaVinci Resolve transcription exported as text: per subtitle-sized segment a
    '[hh:mm:ss:ff - hh:mm:ss:ff]' line (timeline timecode, 25 fps, from 01:00:00:00),
    the speaker on the next line, the text indented by one space; an empty line
    between segments; a segment Resolve gave no speaker has no speaker line."""
    blocks = []
    for i, (t, (a, b)) in enumerate(zip(turns_of(s), timings(s))):
        pieces = chunks(t["text"], s["cue_words"])
        for k, (p, (pa, pb)) in enumerate(zip(pieces, piece_times(a, b, pieces, gap=0.2))):
            head = f"[{tc25(pa)} - {tc25(pb)}]"
            if (i, k) in s["unlabelled"]:
                blocks.append(f"{head}\n {p}")
            else:
                blocks.append(f"{head}\n{t['speaker']}\n {p}")
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def write_assemblyai(s) -> bytes:
    """AssemblyAI with speaker_labels, printed the way AssemblyAI's own guides do it
    (text += f"Speaker {utt.speaker}:\\n{utt.text}\\n"): one utterance per turn, no
    empty lines, no times."""
    return "".join(f"{t['speaker']}:\n{norm(t['text'])}\n" for t in turns_of(s)).encode("utf-8")


WRITERS = dict(fireflies=write_fireflies, agency_docx=write_agency_docx,
               riverside=write_riverside, zoom_vtt=write_zoom_vtt, teams_vtt=write_teams_vtt,
               repo_xlsx=write_repo_xlsx, resolve=write_resolve, assemblyai=write_assemblyai)
NEEDS = dict(agency_docx="docx", repo_xlsx="openpyxl")


# ---------------------------------------------------------------------------
# Minimal parsers, one per format: (speaker, text) per turn, consecutive pieces
# of one speaker merged; and the plain text of each file for the token check
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


def parse_fireflies(data: bytes):
    lines = data.decode("utf-8").split("\n")
    k = lines.index("FULL TRANSCRIPT")
    assert lines[k + 1] == "=" * 80 and lines[-1] != ""
    pairs, spk = [], None
    for line in lines[k + 2:]:
        if not line:
            continue
        m = re.fullmatch(r"--- (.+) ---", line)
        if m:
            spk = m.group(1)
            continue
        m = re.fullmatch(r"\[\d{2,}:\d\d\] (.+)", line)
        assert m and spk, line
        pairs.append((spk, m.group(1)))
    return _merge(pairs)


def docx_paragraphs(data: bytes) -> list[str]:
    import docx
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def parse_agency_docx(data: bytes):
    pairs = []
    for p in docx_paragraphs(data):
        if not p.strip() or p in ("TRANSCRIPT", "[END OF RECORDING]"):
            continue
        m = re.fullmatch(r"(.*) \[\d\d:\d\d:\d\d\]", p)
        assert m, p
        p = m.group(1)
        m = re.match(r"([A-Z][A-Z-]+): (.*)", p)
        if m:
            pairs.append([m.group(1), m.group(2)])
        else:
            pairs[-1][1] += " " + p
    return _merge(pairs)


def parse_riverside(data: bytes):
    text = data.decode("utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n")
    pairs = []
    for block in text[:-1].split("\n\n"):
        head, body = block.split("\n", 1)
        m = re.fullmatch(r"(.+) \((\d\d:\d\d\.\d\d)\)", head)
        assert m and "\n" not in body, block
        pairs.append((m.group(1), body))
    return _merge(pairs)


def parse_zoom_vtt(data: bytes):
    blocks = data.decode("utf-8").split("\n\n")
    assert blocks[0] == "WEBVTT"
    pairs = []
    for n, block in enumerate(blocks[1:], 1):
        if not block.strip():
            continue
        num, times, text = block.strip("\n").split("\n")
        assert num == str(n) and " --> " in times, block
        spk, said = text.split(": ", 1)
        pairs.append((spk, said))
    return _merge(pairs)


def parse_teams_vtt(data: bytes):
    blocks = data.decode("utf-8").split("\n\n")
    assert blocks[0] == "WEBVTT"
    pairs = []
    for block in blocks[1:]:
        if not block.strip():
            continue
        cue, times, text = block.strip("\n").split("\n")
        assert re.fullmatch(r"[0-9a-f-]{36}/\d+-\d+", cue) and " --> " in times, block
        m = re.fullmatch(r"<v ([^>]+)>(.*)</v>", text)
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def xlsx_rows(data: bytes):
    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    return list(ws.iter_rows(values_only=True))


def parse_repo_xlsx(data: bytes):
    rows = xlsx_rows(data)
    h = next(i for i, r in enumerate(rows[:10]) if "Speaker" in r and "Text" in r)
    c_spk, c_txt = rows[h].index("Speaker"), rows[h].index("Text")
    return _merge([(r[c_spk], r[c_txt]) for r in rows[h + 1:] if r[c_spk]])


def parse_resolve(data: bytes):
    text = data.decode("utf-8")
    pairs = []
    for block in text.rstrip("\n").split("\n\n"):
        lines = block.split("\n")
        assert re.fullmatch(r"\[\d\d:\d\d:\d\d:\d\d - \d\d:\d\d:\d\d:\d\d\]", lines[0]), block
        if lines[1].startswith(" "):
            pairs.append((pairs[-1][0], " ".join(x.strip() for x in lines[1:])))
        else:
            assert all(x.startswith(" ") for x in lines[2:]), block
            pairs.append((lines[1], " ".join(x.strip() for x in lines[2:])))
    return _merge(pairs)


def parse_assemblyai(data: bytes):
    lines = data.decode("utf-8").split("\n")
    assert lines[-1] == "" and len(lines) % 2 == 1
    pairs = []
    for label, said in zip(lines[0:-1:2], lines[1:-1:2]):
        assert label.endswith(":") and said, (label, said)
        pairs.append((label[:-1], said))
    return _merge(pairs)


PARSERS = dict(fireflies=parse_fireflies, agency_docx=parse_agency_docx,
               riverside=parse_riverside, zoom_vtt=parse_zoom_vtt, teams_vtt=parse_teams_vtt,
               repo_xlsx=parse_repo_xlsx, resolve=parse_resolve, assemblyai=parse_assemblyai)


def file_text(fmt: str, data: bytes) -> str:
    """Everything a human sees in the file, as one string."""
    if fmt == "agency_docx":
        return "\n".join(docx_paragraphs(data))
    if fmt == "repo_xlsx":
        return "\n".join(" ".join(str(c) for c in r if c is not None) for r in xlsx_rows(data))
    return data.decode("utf-8")


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


# ---------------------------------------------------------------------------
# Session settings
# ---------------------------------------------------------------------------
FF_SUMMARY = [
    "--- SUMMARY ---",
    "- **Finding the right channel** : Residents tried 101, the council website, the Harfield Connect app and a ward councillor before reaching environmental health; the website does not say what happens after a report.",
    "",
    "- **Diary and recordings** : The 28-day paper diary is the hardest part for most; the noise app is valued as proof, but phone recordings miss bass and generator hum.",
    "",
    "- **Waiting, visits and out-of-hours** : Acknowledgement within 10 working days, then long silences; monitoring equipment has a waiting list and night cover is Friday and Saturday only. ",
    "",
    "- **Outcomes** : One working-hours notice for a building site, one abatement notice, warning letters and one case judged not a statutory nuisance; closed cases need a new diary.",
    "",
    "--- KEYWORDS ---",
    "Noise diary, Noise app, Statutory nuisance, Out-of-hours service, Abatement notice, Harfield Connect",
    "",
    "--- ACTION ITEMS ---",
    "**Ruth Adebayo**",
    "Email participants their thank-you vouchers within a week (16:25)",
    "Ask the service whether the diary PDF can be linked from the acknowledgement email (06:02)",
    "",
    "**Callum Reid**",
    "Note the requests for weekday out-of-hours cover and a shorter repeat diary for the report (15:48)",
    "",
]

SESSIONS = [
    dict(file="focus-group-1.txt", fmt="fireflies", items=FG1, seed=7101, start=2.2,
         rate=2.6, pause=(0.6, 2.2),
         title="Noise nuisance research \u2013 residents' focus group 1 (online)",
         ff_id="01KA3F7Q9M2XGZ8B4N6TDRW5HC", datestr="2025-11-18 18:31:07",
         emails=["ruth.adebayo@harfield.gov.uk", "callum.reid@harfield.gov.uk",
                 "leanne.fisher88@gmail.com", "g.ellery@btinternet.com", "ayesha.m@outlook.com",
                 "mareknowak.home@gmail.com", "jobarker.hfd@gmail.com"],
         summary=FF_SUMMARY),
    dict(file="focus-group-2.docx", fmt="agency_docx", items=FG2, seed=7102, start=4.0,
         rate=2.3, pause=(0.7, 2.6),
         running_header="Clearword Transcription Ltd \u2013 Job CW-25-0917 \u2013 CONFIDENTIAL",
         running_footer="Harfield District Council \u2013 Noise nuisance research \u2013 Focus group 2",
         head_table=[
             ("Client", "Harfield District Council \u2013 Customer Insight Team"),
             ("Project", "Reporting noise nuisance \u2013 resident research 2025"),
             ("Audio file", "HDC_FG2_Kettlebrook_201125.m4a"),
             ("Date of recording", "20 November 2025"),
             ("Duration", "{duration}"),
             ("Speakers", "MODERATOR (Ruth Adebayo, HDC); NOTE-TAKER (Callum Reid, HDC); "
                          "DENISE; PAUL; SHABNAM; FRANK; CONNOR"),
             ("Style", "Intelligent verbatim. Timestamps at the end of each paragraph. "
                       "Participants identified by first name as introduced."),
             ("Transcriber / QA", "CW-114 / CW-009"),
         ],
         epoch=_dt.datetime(2025, 11, 25, 10, 12, 0)),
    dict(file="interview-1.txt", fmt="riverside", items=INT1, seed=7103, start=3.1,
         rate=2.5, pause=(0.7, 2.4), split_words=48),
    dict(file="interview-2.vtt", fmt="zoom_vtt", items=INT2, seed=7104, start=1.4,
         rate=2.4, pause=(0.6, 2.3), cue_words=16),
    dict(file="interview-3.vtt", fmt="teams_vtt", items=INT3, seed=7105, start=5.2,
         rate=2.7, pause=(0.5, 2.0), cue_words=12, first_id=14,
         guid="7c1e9a44-2f0b-4d6e-a8c3-5b9d01e6f2a7"),
    dict(file="interview-4.xlsx", fmt="repo_xlsx", items=INT4, seed=7106, start=6.0,
         rate=2.5, pause=(0.7, 2.4), split_words=45,
         meta=["Harfield DC Insight Hub \u2013 transcript export",
               "Study: Noise nuisance reporting 2025 \u00b7 Session: Interview 4 (Teams, 26/11/2025) \u00b7 Participant: P14",
               "Exported 27/11/2025 by ruth.adebayo@harfield.gov.uk \u00b7 {n} segments \u00b7 Filter: none"],
         tags={1: ("moving; wellbeing", ""),
               5: ("housing association; duplicate process", "Yes"),
               9: ("case closure", ""),
               17: ("out of hours", ""),
               23: ("quote for report", "Yes"),
               27: ("moving; cost", ""),
               33: ("wellbeing", ""),
               37: ("case closure; quote for report", "Yes")},
         author="Ruth Adebayo", wb_title="Interview 4 \u2013 transcript export",
         epoch=_dt.datetime(2025, 11, 27, 14, 2, 0)),
    dict(file="interview-5.txt", fmt="resolve", items=INT5, seed=7107, start=2.6,
         rate=2.3, pause=(0.8, 2.8), cue_words=14, unlabelled={(15, 1)}),
    dict(file="interview-6.txt", fmt="assemblyai", items=INT6, seed=7108, start=0.8,
         rate=2.6, pause=(0.5, 1.9)),
]
TYPED = {"agency_docx"}   # Word's AutoFormat: curly quotes, en dashes


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def tokens_in_order(turn_texts: list[str], whole: str) -> bool:
    """Every word of every turn occurs in the file's text, in file order."""
    hay = re.findall(r"\w+", whole)
    pos = 0
    for text in turn_texts:
        for tok in re.findall(r"\w+", text):
            try:
                pos = hay.index(tok, pos) + 1
            except ValueError:
                return False
    return True


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS}
    assert len(known) == len(PARTICIPANTS)
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"}
    themes = [c[0] for c in CODEBOOK]
    used: set[str] = set()
    participant_labels: dict[str, str] = {}
    rows, problems = [], []
    for s in SESSIONS:
        turns = turns_of(s)
        if s["fmt"] in TYPED:
            for t in turns:
                t["text"] = smarten(t["text"])
            end = timings(s)[-1][1]
            s["head_table"] = [(k, v.format(duration=hms(end + 6))) for k, v in s["head_table"]]
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            used.add(spk)
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"] or s["fmt"] == "agency_docx", t["text"][:40]
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
            if not tokens_in_order([norm(t["text"]) for t in turns], file_text(s["fmt"], data)):
                problems.append(f"{s['file']}: turn words not found in file order")
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
        w.writerow(["speaker", "segment", "area", "noise_source", "situation"])
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
        end = timings(s)[-1][1]
        print(f"  {s['file']}: {len(ts)} turns ({n_p} participant, {words} words), "
              f"ends {hms(end)}")
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
    print("round trip: all transcripts parse back to the gold turns (0 mismatches); "
          "all turn words found in file order")
    return 0


if __name__ == "__main__":
    sys.exit(main())
