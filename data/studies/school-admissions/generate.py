#!/usr/bin/env python3
"""Generate the Larkford school-admissions sample study.

Each session is held as ONE structured list of turns. From that list the script
writes the transcript file (in the session's format) and the gold rows, so the
transcripts and gold.csv cannot drift apart.

Standard library only (python-docx was not available, so no .docx session).
Run:  python3 generate.py
"""
from __future__ import annotations

import csv
import random
import re
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
TDIR = HERE / "transcripts"


def M(speaker, text):
    """Moderator / interviewer turn (no gold row)."""
    return dict(speaker=speaker, text=text, mod=True)


def P(speaker, text, theme, stage, sentiment, kind):
    """Participant turn with labels."""
    assert kind in {"pain", "praise", "suggestion", "question", "neutral"}
    assert sentiment in (-1, 0, 1)
    return dict(speaker=speaker, text=text, mod=False, theme=theme,
                stage=stage, sentiment=sentiment, kind=kind)


def B(speaker, text, sentiment=0):
    """Participant backchannel / chatter / sympathy: no theme, no stage."""
    return P(speaker, text, "", "", sentiment, "neutral")


# ---------------------------------------------------------------------------
# Session 1: focus group on Zoom (WebVTT, numeric cue ids, "Name: text")
# ---------------------------------------------------------------------------
R = "Rachel Osei"
CL, MA, FA, JO, PA = ("Claire Benson", "Marcus Reid", "Fatima Begum",
                      "Jo Whitfield", "Pat Lowther")
FG1 = [
    M(R, "Right, I think we've got everyone. Thanks so much for giving up your evening. I'm Rachel, I'm in the council's research team, and we're looking at school admissions, so everything from finding out about schools through to applying and what happens afterwards. It's being recorded, but only for us, and nothing you say gets linked to your child's application. Could we go round and say who you are and what brought you to admissions? Claire, do you want to kick off?"),
    P(CL, "Yeah, hi. I'm Claire, I live in Millbrook, and I've got two, Ellie who's seven and Sam who started reception in September. So Sam was the one this year. Um, we sort of assumed it'd be straightforward because Ellie's already at Millbrook Primary, you know, sibling, done. [laughs] It wasn't.",
      "family_situation", "need", 0, "neutral"),
    M(R, "We'll definitely come back to that. Marcus?"),
    P(MA, "Evening. Marcus, I'm in Ferrisbridge. My lad Kieran's just finished Year 6, so we applied for secondary last autumn. And, er, we got none of our three. None. He's been offered Danesmoor Community College, which is two buses away. So I'm probably here to have a bit of a moan, if I'm honest.",
      "rules_fairness", "decision", -1, "pain"),
    M(R, "That's absolutely fine, that's what we want. Fatima?"),
    P(FA, "Hello. Yes, I'm Fatima, we moved to Holloway Fields in, um, February, from Birmingham, because my husband's job moved. So I needed places for both of mine in the middle of the year, Year 3 and Year 5. Which, I didn't know how hard that was going to be.",
      "family_situation", "need", -1, "neutral"),
    M(R, "Thanks, Fatima. Jo?"),
    P(JO, "Hi, I'm Jo, Ashcombe. My son Alfie is eleven, he's autistic, he's got the diagnosis but no EHCP, we've been, we're still fighting for that, it's been two years, so. So he went through the normal admissions for secondary, which was, yeah. Quite a thing for him. And for me.",
      "send_inclusion", "need", -1, "neutral"),
    M(R, "And Pat, last but not least."),
    P(PA, "Hello, dear. I'm Pat, I'm sixty-eight, I live in Danesmoor. I've got my grandson, Reece, he's ten, he's been with me since he was six because his mum's, well, she's not well. So I'm the one doing all this, and I'm not, I don't really do computers. My neighbour's girl helps me.",
      "family_situation", "need", -1, "neutral"),
    M(R, "Thank you all. So let's go right back to the start. Before you applied, how did you find out about the schools and how the whole thing worked? What did you look at?"),
    P(CL, "Honestly? The school gate. [laughs] Like, the other mums. That's where you find out everything. I did look at the council website, there's a big PDF, the, um, the admissions booklet, but it's about sixty pages and it's the same paragraph for every school, so it doesn't tell you what any of them are actually like.",
      "choosing_schools", "find_info", -1, "pain"),
    P(JO, "Open days, for me. I went to four open evenings, and for Alfie that was the most useful thing by far, seeing whether he could cope with the corridors at changeover. One school, Larkford High, let us come back on a quiet afternoon, just us, which, I can't tell you how much that helped.",
      "choosing_schools", "find_info", 1, "praise"),
    P(MA, "See, I did all that. Open evenings, read the Ofsted reports, the lot. The problem is nobody tells you your chances at Ferrisbridge Academy come down to where you live to, like, the nearest fifty metres. I'd looked at the catchment map on the council site and we're in it. We're in the catchment! But being in the catchment doesn't mean you get in, apparently.",
      "rules_fairness", "find_info", -1, "pain"),
    M(R, "Say a bit more about that, the map?"),
    P(MA, "So there's this map, you put your postcode in and it shades an area for each school. And we're inside the shading for Ferrisbridge. So you think, great. But then it's catchment children in order of distance, and it was so oversubscribed last year that the last one offered lived, what, nought point nine miles away? We're one point two. None of that's on the map. It's in the small print in the booklet, if you know to look. I found it afterwards.",
      "rules_fairness", "find_info", -1, "pain"),
    P(FA, "We didn't even get that far. When you move in the middle of the year there's no booklet for you, no open day, you just, you're trying to work out which schools have got spaces. And you can't see that anywhere. I phoned about five schools myself, is there a space in Year 3, and they all said, you have to go through the council.",
      "in_year_waiting", "find_info", -1, "pain"),
    B(PA, "Mm."),
    M(R, "Pat, how did you go about it, with Reece?"),
    P(PA, "Well, Reece was already at Danesmoor Primary, so it was just the secondary. His teacher, Mrs Okonjo, she was very good, she wrote me a list of what to do and by when. I wouldn't have known otherwise. Nobody from the council sent me anything, because, well, I suppose they don't know I've got him, do they? Not officially, like.",
      "council_contact", "find_info", -1, "pain"),
    M(R, "That's interesting. So the information came through the school rather than from us. And how did Reece end up choosing?"),
    P(PA, "Oh, Reece chose, really. They had a taster day at Holloway Park for the Year 5s, and he came home full of the science labs and the, the rugby, and that was that. I just wanted somewhere he'd be happy.",
      "choosing_schools", "find_info", 1, "praise"),
    M(R, "And when it came to the form?"),
    P(PA, "Well, that was my neighbour's daughter, Kayleigh, she did the form on her phone with me sat next to her.",
      "online_portal", "apply", 0, "neutral"),
    M(R, "Let's talk about the application itself then. Claire, you said the sibling side didn't go as you expected?"),
    P(CL, "Yeah, so. On the form there's a bit for sibling details, and I put Ellie in, name, date of birth, school. Fine. Then offer day comes and it's our third preference, Ashcombe Infants, and I rang up and it turns out the sibling link never, um, never went through. Because Ellie's registered at Millbrook under her dad's surname and Sam's under mine, and the system couldn't match them. So as far as it was concerned, no sibling.",
      "online_portal", "apply", -1, "pain"),
    B(MA, "Oh, you're joking.", -1),
    P(CL, "And nobody checked! That's my thing. If it had said at any point, we can't match this sibling, can you check, I'd have sorted it in five minutes flat.",
      "online_portal", "apply", -1, "suggestion"),
    M(R, "Did it get sorted in the end?"),
    P(CL, "Eventually. He's at Millbrook now, but only because we stayed on the list and a family moved away in October. So he did six weeks at Ashcombe, new uniform, new friends, new everything, and then moved. Which at four is a lot.",
      "in_year_waiting", "follow_up", -1, "pain"),
    M(R, "So you'd had to accept Ashcombe in the meantime?"),
    P(CL, "Yes, and that was another thing. You have to accept the offer on the portal within a fortnight, and I couldn't work out whether accepting Ashcombe meant giving up our place on the Millbrook list. I had to ring and check. It doesn't, but nothing on the screen tells you that.",
      "online_portal", "decision", -1, "pain"),
    M(R, "And the form itself, how did people find actually filling it in?"),
    P(MA, "The form itself was fine, to be fair. Twenty minutes. Make an account, put your address in, pick three schools in order. What's not fine is you've no idea how to order them. Do you put your dream school first even though you won't get it? Does putting it first hurt your chances at the second one? I asked three people and got three different answers.",
      "rules_fairness", "apply", -1, "pain"),
    P(JO, "Does it, though? Hurt your chances?",
      "rules_fairness", "apply", 0, "question"),
    M(R, "I'm not going to give a ruling in here [laughs], but it comes up a lot, so it's really useful to hear it wasn't clear."),
    P(JO, "[laughs] Fair enough. For me the form was the hard bit, actually, because there's nowhere to say anything. There's a box, um, reasons for your preference, and it's tiny, it stops you at about two hundred characters. And I'm trying to explain that Alfie needs somewhere smaller, that he can't do a school with thirteen hundred kids and bells every fifty minutes, and it just cuts you off mid-sentence.",
      "send_inclusion", "apply", -1, "pain"),
    P(FA, "For in-year it's a different form. I think it's a PDF you print, or there's an online one, but it didn't work on my phone, it kept jumping back to the first page. In the end I did it on my husband's laptop at midnight.",
      "online_portal", "apply", -1, "pain"),
    P(PA, "Kayleigh said the same, it kept throwing her out and she had to start again.",
      "online_portal", "apply", -1, "pain"),
    P(CL, "I actually found the main one quite easy, on the whole. There's a little progress bar along the top, and you can save it and come back, so I did it over two evenings with a glass of wine. [laughs]",
      "online_portal", "apply", 1, "praise"),
    P(JO, "Can I just say, though, it shuts at five o'clock on the deadline day, not midnight. I only knew because I happened to read the tiny grey writing at the bottom of the page. Half the people I know would've gone on after tea and found it closed.",
      "online_portal", "apply", -1, "pain"),
    M(R, "What about proof of address, documents, that kind of thing?"),
    P(FA, "Oh, this was the worst part. They wanted a council tax bill or a tenancy agreement, but we were still in a short let, because we were waiting to complete on the house. So I sent the short let and they said no, it has to be at least six months. But I can't get a place until I've got an address, and the school is why we picked the house! Round and round.",
      "proof_evidence", "apply", -1, "pain"),
    B(CL, "That's so stressful.", -1),
    P(FA, "It was. In the end a lady in the admissions team, I think her name was Denise, she said send a letter from my husband's employer about the relocation and the solicitor's letter for the purchase. And that was accepted. But only because I got her on the phone that one time.",
      "council_contact", "apply", 1, "praise"),
    P(PA, "I had to send the court papers. The special guardianship order. Kayleigh took a photo of it on my kitchen table and I wasn't, I didn't like that, sending that off into the internet. It's got everything about his mum in it.",
      "proof_evidence", "apply", -1, "pain"),
    M(R, "That's a really important point. Did anyone explain why they needed it, or what would happen to it?"),
    P(PA, "No. Nothing like that.",
      "proof_evidence", "apply", -1, "pain"),
    M(R, "OK. So once you'd submitted, what happened between then and hearing back?"),
    P(MA, "Nothing. [laughs] Genuinely nothing. You get an automatic email saying received, and then it's, what, four months? And all that time you're hearing stuff at the school gate about who's got in where, which is rubbish because nobody knows yet.",
      "council_contact", "processing", -1, "pain"),
    P(CL, "Oh, the rumours. There's a Facebook group, Larkford Parents, and someone posted last year's cut-off for Millbrook and the whole group went into meltdown. Because there's nothing official, so that's what everyone goes on.",
      "council_contact", "processing", -1, "pain"),
    P(FA, "For in-year it's meant to be twenty school days, isn't it. It was seven weeks before we heard anything, and they were at home the whole time. I was doing worksheets off the internet at the kitchen table, pretending to be a teacher.",
      "council_contact", "processing", -1, "pain"),
    P(JO, "For me the waiting was worse because I was trying to get the EHCP through at the same time, and if the EHCP comes through it names a school and the normal application doesn't count anyway. So I had two processes running and neither would talk to the other. I asked admissions and they said that's the SEND team, and the SEND team said that's admissions.",
      "send_inclusion", "processing", -1, "pain"),
    M(R, "Jo, that sounds exhausting. Did it get resolved before offer day?"),
    P(JO, "No. Well, it did and it didn't. The plan got agreed in February but the draft didn't name a school, and then offer day happened anyway and he got Ferrisbridge Academy, which, it's a good school but it's enormous. So we were back to square one.",
      "send_inclusion", "decision", -1, "pain"),
    M(R, "Let's stay on offer day. How did you hear, and what was the day like?"),
    P(MA, "You get an email at, well, it's meant to be midnight, but I was refreshing at five past twelve and nothing. It came about twenty to one. And it's just, your child has been offered a place at Danesmoor Community College. No explanation. Not, you didn't get your first because of this and this. Just, there you go, goodnight.",
      "council_contact", "decision", -1, "pain"),
    P(PA, "I got a letter. A proper letter. Which I liked, actually, because I could sit and read it with my glasses on and show it to Reece. And he got Holloway Park, which was his first, so it was a lovely day for us.",
      "council_contact", "decision", 1, "praise"),
    B(MA, "Aw, that's nice, Pat.", 1),
    M(R, "Marcus, when you got Danesmoor, did you understand why?"),
    P(MA, "Only after I rang. I was in the queue for over an hour on offer day, which, fine, everyone's ringing. And the chap explained it. At Ferrisbridge the places go to siblings first, then kids from the three feeder primaries, and Kieran's at St Aidan's, which isn't a feeder, even though it's literally the nearest primary to the academy. So kids from further out who went to a feeder got in ahead of him. How's that fair?",
      "rules_fairness", "decision", -1, "pain"),
    P(CL, "That's the feeder thing, yeah. Exactly the same happened to a friend of mine.",
      "rules_fairness", "decision", -1, "pain"),
    P(JO, "And it's measured as the crow flies, isn't it? We're under a mile from Larkford High in a straight line, but the railway's in the way, so walking it's nearly two. The feeder list probably made sense when they drew it up, but Ashcombe's doubled since then.",
      "rules_fairness", "decision", -1, "pain"),
    P(CL, "I don't think distance is unfair as such, though. It's got to be something. It's just that everyone should know exactly how it's measured before they pick, not after.",
      "rules_fairness", "find_info", 0, "neutral"),
    M(R, "So Marcus, did you appeal?"),
    P(MA, "We did. Whether it was worth it... So you fill in the appeal form, you've got twenty school days to get it in, and the hearing was in June. Three on the panel, a clerk, and someone from the academy making their case. Honestly, it felt like court. I'm a plasterer, I'm not, I'm not used to talking in that kind of room.",
      "appeals", "decision", -1, "pain"),
    M(R, "What did you put in your case?"),
    P(MA, "That he's got asthma, which is true, and that it's two buses. That all his mates were going to Ferrisbridge. The panel were polite, I'll give them that. But the academy had this whole presentation about class sizes and the dining hall and fire regs, and I had a letter from our GP. We lost. Letter came a week later, two paragraphs.",
      "appeals", "decision", -1, "pain"),
    B(CL, "I'm sorry, that's rubbish.", -1),
    M(R, "Marcus, was there anything that would have made the appeal easier?"),
    P(MA, "Knowing what they actually wanted. I turned up with a sob story, basically, and it turns out there's, like, two grounds. Either they got it wrong, or your kid's case outweighs the school being full. Nobody explained that. The clerk was nice enough on the phone, but she said she couldn't advise me.",
      "appeals", "decision", -1, "pain"),
    P(JO, "We thought about appealing, but the advice I got was, if you're waiting on a plan, don't, go the tribunal route, that's where it gets decided. And nobody at the council told me that, it was a charity, the SENDIAS people.",
      "send_inclusion", "decision", -1, "pain"),
    M(R, "Let's move on to what happened after. Starting school, getting there, all of that. Marcus, with Danesmoor being further away?"),
    P(MA, "So he's been there since September. Two buses, the 14 and then the 31, and if the 14's late he misses the 31 and he's late for registration and gets a detention. And it's three miles and a bit, so we're just under the distance for a free pass, by a few hundred metres. So that's sixty quid a month on top.",
      "travel_costs", "use", -1, "pain"),
    P(PA, "The uniform's the thing for me. Holloway Park, everything's got the badge on, the blazer, the jumper, the PE top, and there's only one shop in town that does it. It came to nearly two hundred pounds. On my pension.",
      "travel_costs", "use", -1, "pain"),
    M(R, "And how have the children settled?"),
    P(FA, "Mine are OK now. The little one cried every morning for the first month, she didn't know anyone, and they'd all done their Christmas play together and she hadn't been in it. The older one was fine, he just found the football. [laughs] Kids, eh. We're still on the list for Millbrook for the little one, five months now, and I honestly don't know if I'd move her if it came up.",
      "family_situation", "use", 0, "neutral"),
    P(JO, "Alfie's... it's been hard. He's at Ferrisbridge for now, because the plan still isn't finalised, and the SENCo there is lovely, she really is, but there's only so much one person can do in a place that size. He's been sent home twice this term.",
      "send_inclusion", "use", -1, "pain"),
    P(CL, "Sam's fine now at Millbrook. It's me that's still traumatised. [laughs]",
      "family_situation", "use", 0, "neutral"),
    M(R, "Last question. If you could change one thing about the admissions service, what would it be? Marcus?"),
    P(MA, "Tell people the real odds. Put last year's furthest distance on the map, in big letters, next to the catchment. Don't let people think they're safe when they're not.",
      "rules_fairness", "find_info", 0, "suggestion"),
    P(FA, "A phone number that answers. And someone who knows about in-year, because every time I rang I got someone who only knew about the September starters.",
      "council_contact", "follow_up", 0, "suggestion"),
    P(JO, "One person. For kids like Alfie, one person who does both the admissions and the plan side, so the parent isn't the go-between.",
      "send_inclusion", "processing", 0, "suggestion"),
    P(PA, "Paper. Let people do it on paper if they want to, without making them feel daft for asking.",
      "online_portal", "apply", 0, "suggestion"),
    P(CL, "Check the sibling links! Flag it if it doesn't match. That's it, that's mine.",
      "online_portal", "apply", 0, "suggestion"),
    M(R, "Brilliant. Thank you all so much, that's been really, really useful. We'll get the vouchers out to you this week."),
]

# ---------------------------------------------------------------------------
# Session 2: focus group on Teams (WebVTT with <v Name> voice tags)
# ---------------------------------------------------------------------------
T = "Tom Ashworth"
SI, GA, NA, KE = "Sinead Murphy", "Gareth Llewellyn", "Nadia Rahman", "Kev Docherty"
FG2 = [
    M(T, "Hi everyone, can you all hear me OK? Great. I'm Tom, I'm a service designer here at Larkford. We're recording and transcribing this, just for the project, is everyone alright with that?"),
    B(SI, "Yep, fine by me."),
    M(T, "Lovely, and I can see thumbs up from everyone else. Let's do quick intros, your name, roughly where you live, and what you were applying for. Sinead?"),
    P(SI, "Hiya, I'm Sinead, I'm in Upper Larkford, and I've got one little girl, Maisie, she's four, so she's starting reception in September. First time doing any of this, so I was clueless, to be honest.",
      "family_situation", "need", 0, "neutral"),
    P(GA, "Gareth Llewellyn, Millbrook. Two kids. My eldest, Rhys, went to Larkford High two years ago, no drama at all, and this year it was Ffion's turn, she's in Year 6. Same school, obviously, because of her brother. So we thought it'd be a formality.",
      "family_situation", "need", 0, "neutral"),
    P(NA, "Hi, I'm Nadia, I live in Ferrisbridge. I've got twins, Zain and Zara, they're eleven, and the headline is one got into Ferrisbridge Academy and one didn't. [laughs] Same birthday, same address, same everything.",
      "rules_fairness", "decision", -1, "pain"),
    P(KE, "Alright. Kev, Danesmoor. I'm on my own with my two, I do shifts at the distribution centre out on the ring road. My youngest, Tyler, he's going up to secondary. I nearly missed the deadline, if I'm honest, I only knew about it because his primary sent a text.",
      "council_contact", "find_info", -1, "pain"),
    M(T, "Thanks all. Sinead, as a first-timer, where did you start?"),
    P(SI, "Um, Google, basically. [laughs] I typed in Larkford primary schools and it came up with, like, the council page, and loads of those sites that rank schools, and Mumsnet threads from about 2017. The council page was OK, it had the dates on, the fifteenth of January, but it didn't really tell me anything about the schools themselves.",
      "choosing_schools", "find_info", 0, "neutral"),
    M(T, "What did you want to know that you couldn't find?"),
    P(SI, "Like, the stuff that matters when they're four. Is there a breakfast club, what time do they finish, is there after-school care, because I work full time. And the school websites are a bit hit and miss. One of them still had the 2019 term dates up.",
      "choosing_schools", "find_info", -1, "pain"),
    P(NA, "And the open days are always a weekday at, like, half nine in the morning. Who can go to that? I took two half days off work to see two schools.",
      "choosing_schools", "find_info", -1, "pain"),
    P(KE, "Same, couldn't get to any of them. I went to one open evening at Danesmoor because it was after six, and that was it. So Tyler basically picked on what his mates were saying. [laughs]",
      "choosing_schools", "find_info", -1, "pain"),
    P(GA, "I'll be honest, I looked at the league tables, the Progress 8 scores or whatever they're called now. Which is probably the wrong way to pick a school for an eleven-year-old, but it's the only thing you can actually compare side by side.",
      "choosing_schools", "find_info", 0, "neutral"),
    M(T, "Gareth, you'd done it all before with Rhys. Did that help?"),
    P(GA, "You'd think. So we knew the drill, or we thought we did. What we didn't know is Larkford High changed their admissions policy in between. They joined a trust, the Larkford Learning Trust, and the trust brought in new criteria, and siblings dropped below, um, below children in the priority area. And we're outside the priority area by about three streets.",
      "rules_fairness", "find_info", -1, "pain"),
    M(T, "When did you find out about the change?"),
    P(GA, "On offer day. [laughs] No, honestly. The consultation was apparently on the trust's website for six weeks back in 2023. Who reads that? Nothing came home in the book bag, nothing from the council, not a dicky bird.",
      "council_contact", "find_info", -1, "pain"),
    P(NA, "That's the thing, isn't it, the academies all set their own rules now and the council just sort of collects the forms.",
      "rules_fairness", "find_info", -1, "pain"),
    M(T, "Let's talk about the application. Kev, you mentioned nearly missing the deadline?"),
    P(KE, "Yeah, so the text came the week before the thirty-first of October. I was on nights that week. Tried doing it on my phone on my break and it wanted me to make an account, then confirm my email, and the email went in my junk, and by the time I'd found it my break was over. [laughs] Did it on the Sunday in the end, about eleven at night.",
      "online_portal", "apply", -1, "pain"),
    P(SI, "Oh, the confirm your email thing! Mine went to junk as well.",
      "online_portal", "apply", -1, "pain"),
    P(GA, "To be fair, I found it easier than with Rhys. Last time it was that old system with the, um, the orange screens. This one actually works on a phone.",
      "online_portal", "apply", 1, "praise"),
    P(NA, "With twins you have to do two separate applications. Two! Same address, same everything, and I typed it all in twice. And there's nowhere to say, these are twins, keep them together. Well, I thought there wasn't.",
      "online_portal", "apply", -1, "pain"),
    M(T, "You thought there wasn't?"),
    P(NA, "So it turns out there's a multiple birth rule in the policy, if one twin gets in, the other does too, even over the number. But you have to, um, link them. And I didn't, because the linking was on a separate screen after the declaration, and I never saw it. So the computer treated them like two strangers, did the random tiebreak, and one got in and one didn't.",
      "online_portal", "apply", -1, "pain"),
    B(GA, "That's mad.", -1),
    P(NA, "And proof of address, I uploaded the council tax bill twice, one for each of them, and then got an email saying one of them was too blurry to accept. Same photo! [laughs]",
      "proof_evidence", "apply", -1, "pain"),
    P(SI, "For me the scary bit was the ranking. You get three choices, and I put our nearest first, Upper Larkford Primary, then two others. And I was so worried about getting it wrong. I'd read somewhere that if you only put one school down they can just give you anything.",
      "rules_fairness", "apply", -1, "pain"),
    P(KE, "That's what happened to my mate. Only put the one down. Got sent right across town.",
      "rules_fairness", "decision", -1, "pain"),
    P(SI, "And once you've submitted you can't see what you put. I wanted to double-check which order I'd put them in, and there's no way to look, you just get the confirmation page.",
      "online_portal", "apply", -1, "pain"),
    P(KE, "And round ours, right, there's people who rent a flat by Ferrisbridge for six months just for the application, then move back. Everyone knows who. Does anyone actually check that?",
      "rules_fairness", "apply", -1, "question"),
    M(T, "Did anyone use the part for supporting documents, or social or medical reasons?"),
    P(SI, "No, I didn't even know that was a thing.",
      "proof_evidence", "apply", 0, "neutral"),
    P(KE, "I put something in about my shifts, like, that I need him close because I'm not there in the mornings. But I don't think that counts for anything. Nobody said either way.",
      "proof_evidence", "apply", -1, "pain"),
    M(T, "It's a question we hear a lot. Did anyone get a confirmation that it had all gone through?"),
    P(KE, "Yeah, an email with a reference. Which I screenshotted, because I didn't trust it. [laughs]",
      "online_portal", "apply", 0, "neutral"),
    M(T, "OK. So after you'd pressed submit, what was the wait like?"),
    P(GA, "Long. Long and quiet.",
      "council_contact", "processing", -1, "pain"),
    P(SI, "I kept logging back in just to check it was still there, like it might have vanished. [laughs] It just says application received, in grey, for three months. You don't know if anyone's even looked at it.",
      "council_contact", "processing", -1, "pain"),
    P(NA, "I actually rang in December, because I'd worked out the twins thing by then, I'd read the policy properly, and I asked, can I link them now. And she said the system's closed, any change after the deadline counts as a late application. So that was that.",
      "online_portal", "processing", -1, "pain"),
    M(T, "Nadia, that must have been hard to hear. So when offer day came..."),
    P(NA, "Zara got Ferrisbridge, Zain was offered Danesmoor Community College. And they've never been apart, not for one day. Zain just, he went quiet. He wouldn't talk about it for a week.",
      "family_situation", "decision", -1, "pain"),
    P(GA, "We got our second, Kingsmead, which is fine, it's a decent school, I've got nothing against it. It's more the, um, the principle. Rhys is at Larkford High. So now I've got two kids at two schools with two start times and two lots of parents' evenings, because of a rule change nobody told us about.",
      "rules_fairness", "decision", -1, "pain"),
    P(KE, "Tyler got Danesmoor, which is what he wanted, so no complaints there. And the email came at half six in the morning like they said it would, clear as anything, school name, what to do next, accept by the fifteenth. I was just off shift, showed him at breakfast. He was made up.",
      "council_contact", "decision", 1, "praise"),
    M(T, "Nadia, what did you do next?"),
    P(NA, "Appealed, straight away. And, I mean, we won, in the end. But it was the most stressful thing I've done since having them. I had to write a statement, I got letters from their primary about how they look out for each other, Zain gets, um, he gets anxious, and I got the GP to write about that.",
      "appeals", "decision", 0, "neutral"),
    M(T, "What was the hearing itself like?"),
    P(NA, "It was on Teams, actually, which I was glad of because I didn't have to take another day off. Three panel members. The chair was really kind, she let me have a minute when I got upset. The school's person was just reading off a script. But I think the twins rule, that the policy said they should've been kept together, that's what won it. Even though it was my mistake not ticking the box.",
      "appeals", "decision", 1, "praise"),
    P(GA, "Did you get any help with it? The statement?",
      "appeals", "decision", 0, "question"),
    P(NA, "A bit. The Larkford Parent Carer Forum have a sort of template, and a woman there read it through for me. Not from the council, no.",
      "appeals", "decision", 0, "neutral"),
    P(GA, "We didn't appeal. I looked at the figures, the council publishes them, and for Larkford High something like nine out of ten were turned down last year. Didn't seem worth putting Ffion through it.",
      "appeals", "decision", -1, "pain"),
    P(KE, "My sister appealed for her girl last year, and she said the worst bit was waiting for the hearing. The letter said within forty school days, and it ended up being the last week of term, so the kid didn't know where she was going till July.",
      "appeals", "decision", -1, "pain"),
    M(T, "Let's move on to after the offer. Starting school, getting there. Kev?"),
    P(KE, "Danesmoor's walkable for us, twenty minutes. It's the cost of everything else. He needed a scientific calculator, the PE kit, the blazer with the badge on, and the blazer's fifty-two quid and he'll be out of it by Christmas the rate he's growing.",
      "travel_costs", "use", -1, "pain"),
    P(GA, "The two start times thing is real, though. Kingsmead starts at twenty-five past eight, Larkford High at ten to nine, and they're in opposite directions. My wife's had to change her hours.",
      "family_situation", "use", -1, "pain"),
    P(SI, "We don't start till September, but the settling-in stuff from Upper Larkford Primary has been lovely. They did a stay and play, and the teacher came round for a home visit and Maisie showed her every single one of her dinosaurs. [laughs]",
      "family_situation", "use", 1, "praise"),
    M(T, "Ah, lovely. Last thing. Has anyone given feedback to the council about any of this, or been asked for it?"),
    B(GA, "Does this count? [laughs]"),
    P(NA, "I got a survey after the appeal. One to five, how satisfied are you. I gave it a two and wrote a whole paragraph, and I never heard a thing back. So I don't know if anyone actually reads those.",
      "council_contact", "follow_up", -1, "pain"),
    P(KE, "I'd say, send things by text. That's the only thing that got through to me. Emails I don't look at, letters I don't open, I'm being honest. But a text, I see.",
      "council_contact", "follow_up", 0, "suggestion"),
    P(SI, "And put it all in one place. Like, one page per school. The rules, how far away the last kid lived, the open days, whether there's a breakfast club. Instead of ten different websites.",
      "choosing_schools", "find_info", 0, "suggestion"),
    P(NA, "And make the twins box obvious! [laughs] Big red box. Do you have twins, yes or no.",
      "online_portal", "apply", 0, "suggestion"),
    M(T, "Noted. [laughs] Thanks everyone, that's been brilliant."),
]

# ---------------------------------------------------------------------------
# Session 3: interview, SubRip (.srt), NAME: text, continuation cues w/o name
# ---------------------------------------------------------------------------
LU, BE = "LUCY", "BEV"
INT1 = [
    M(LU, "Right, we're recording. Thanks for making the time, Bev, I know how busy you are. Could you start by telling me a bit about yourself and how you come into contact with school admissions?"),
    P(BE, "Course. So I've been fostering with Larkford for, ooh, eleven years now, me and my husband Phil. We do mostly short-term and emergency, so children come to us with a day's notice, sometimes an hour. And that means school's usually the first headache, because they've come from the other side of the county and their old school's fifty minutes away.",
      "family_situation", "need", 0, "neutral"),
    M(LU, "How many times have you been through the process, roughly?"),
    P(BE, "Gosh. Properly, start to finish? Fifteen? Twenty? I've lost count. Some of them we kept at their old school, which is usually better for them if it's only a short stay. But if it's going to be longer, or the old school's just too far, then it's an in-year application.",
      "family_situation", "need", 0, "neutral"),
    M(LU, "When you're choosing a school for a child, what are you looking for?"),
    P(BE, "For looked-after kids I'm picking on different things to most parents. I'm not bothered about the results. I want to know, is there a quiet room, is there a designated teacher who'll actually answer the phone. And you only find that out by ringing round, it's not on any website.",
      "choosing_schools", "find_info", -1, "pain"),
    M(LU, "And who does the application, you or the social worker?"),
    P(BE, "[laughs] That's the question. In theory the social worker, because it's the local authority that's got parental responsibility, or the birth parents have. In practice it's me, sat at my kitchen table, because the social worker's got thirty cases. But the form asks for the parent's name, and it wants proof of address for the parent, and I'm not the parent. So every single time I'm ringing up to explain who I am.",
      "proof_evidence", "apply", -1, "pain"),
    M(LU, "What happens when you ring?"),
    P(BE, "Depends who you get. There's one officer, Jas, who knows the looked-after side inside out, and if I get her it's sorted in a day. If I get someone else, they'll say the social worker has to apply, and I'll say the social worker's on leave, and off we go again.",
      "council_contact", "apply", -1, "pain"),
    M(LU, "You mentioned looked-after children. Does the priority for them help in practice?"),
    P(BE, "It does, it's, it's top of the list for oversubscribed schools, which is right. But it only helps if the school's actually got room. In-year, a lot of the time the answer is just, we're full, and then it has to go to the fair access panel, which takes, well. Weeks.",
      "rules_fairness", "processing", -1, "pain"),
    M(LU, "Can you tell me about the most recent one?"),
    P(BE, "So we've got a lad with us now, I'll call him J, he's thirteen. Came to us in January. His old school was out past Carlton Vale, which is, what, forty miles. So we applied for Holloway Park in the first week. Full in Year 8. Applied for Kingsmead. Full. Then it went to the panel, and he was out of school for five weeks.",
      "in_year_waiting", "processing", -1, "pain"),
    M(LU, "What was he doing during those five weeks?"),
    P(BE, "Sat at home with me, mostly. The virtual school sent some work through. He's a bright lad but he'd missed so much already before he came to us, and you could see him sort of giving up. He said to me once, nobody wants me, not even a school. That's hard to hear from a thirteen-year-old.",
      "family_situation", "processing", -1, "pain"),
    M(LU, "That's really hard."),
    B(BE, "Sorry. It still gets to me.", -1),
    M(LU, "Take your time. Was there any communication from admissions while that was going on?"),
    P(BE, "Bits. I had to chase every time. I'd email and get an automatic reply saying they aim to respond within ten working days. Ten days, when a child's out of school! In the end I went through the virtual school head, and she got an answer in one phone call. So it's who you know, isn't it.",
      "council_contact", "processing", -1, "pain"),
    M(LU, "And what was the outcome?"),
    P(BE, "The panel placed him at Danesmoor Community College. And honestly? It's been a good fit. They've got a nurture base, the head of year rang me the night before his first day, another lad showed him round. That first day, they got right.",
      "family_situation", "use", 1, "praise"),
    M(LU, "How does he get there?"),
    P(BE, "Taxi, through the council's transport team, because he's looked after and it's over three miles. That took another week to set up after he'd started, so for the first week Phil drove him, and Phil's got his own job. The taxi firm's been good, though, same driver every day, which matters for a lad like him.",
      "travel_costs", "use", 0, "neutral"),
    M(LU, "You said earlier the forms don't fit your situation. What would you change?"),
    P(BE, "A foster carer route. Honestly, one tick box. I'm a foster carer applying for a looked-after child. Then it asks for the social worker's name and email, they get a copy and confirm, done. Instead of me explaining it from scratch every time.",
      "online_portal", "apply", 0, "suggestion"),
    M(LU, "Is there anything the form asks for that's hard to give?"),
    P(BE, "Previous schools. Full address, dates. For a lad who's had five placements, I don't know all his previous schools. The social worker doesn't always know. And it won't let you leave it blank. I typed unknown and it said invalid entry. [laughs] So I put the one I did know and crossed my fingers.",
      "online_portal", "apply", -1, "pain"),
    M(LU, "Anything else about the form itself?"),
    P(BE, "It times you out. I'll go off to find the date he came into care in another email, come back, and it's logged me out. Twenty minutes of typing, gone. I write it all in a notebook first now, like it's 1995. [laughs]",
      "online_portal", "apply", -1, "pain"),
    M(LU, "What about brothers and sisters in care?"),
    P(BE, "Oh, that's a whole other thing. We had three siblings two years ago, primary age, and I wanted them in one school because they were all each other had. But the sibling rule's written for a family that lives together with one surname at one address. These three had two surnames and two previous addresses. They weren't treated as siblings and we got three offers at two schools.",
      "rules_fairness", "decision", -1, "pain"),
    M(LU, "Did you challenge that?"),
    P(BE, "We didn't appeal, no. Jas sorted it in the end, she found a place for the youngest at the same school in about a fortnight. But it shouldn't come down to one good person, should it.",
      "council_contact", "decision", 0, "neutral"),
    M(LU, "Have you ever been asked for feedback by the admissions team?"),
    P(BE, "Never. This is the first time. And I'd say to you, talk to the foster carers, talk to the kinship carers, because we go through this more than any parent ever will. We've seen every way it can go wrong.",
      "council_contact", "follow_up", 0, "suggestion"),
    M(LU, "That's a really good point. Anything else before we stop?"),
    P(BE, "Only, um. It'll sound soft. But the children notice. When a school says no, they don't hear oversubscribed, they just hear no. So whatever you change, be quick about it. [laughs]",
      "family_situation", "follow_up", 0, "suggestion"),
    M(LU, "Not soft at all. Thanks so much, Bev."),
    B(BE, "Thanks, love."),
]

# ---------------------------------------------------------------------------
# Session 4: interview, plain text "[hh:mm:ss] Name: text" with a header
# ---------------------------------------------------------------------------
IV, HA = "Interviewer", "Hannah"
INT2 = [
    M(IV, "OK, that's us recording. Thanks, Hannah. Could you start by telling me a bit about your family and why you needed a school place?"),
    P(HA, "Yeah, so, we moved down from Leeds last summer, me, my partner and our daughter, Isla, who's just turned thirteen. My partner got a job at the hospital. And we'd, um, we'd bought in Holloway Fields partly because we'd looked on the map and it was near two secondaries, Holloway Park and Kingsmead.",
      "family_situation", "need", 0, "neutral"),
    M(IV, "When did you start looking into schools?"),
    P(HA, "Back in, like, April? Before we'd even exchanged. I rang Holloway Park directly and the lady in the office was lovely, but she said they don't keep a list themselves, it's all the council, and she couldn't tell me whether there'd be space. Which I get, but I was trying to plan a whole house move around it.",
      "in_year_waiting", "find_info", -1, "pain"),
    M(IV, "How did you find out what the schools themselves were like?"),
    P(HA, "Oh, I did loads of research from Leeds. Ofsted reports, websites, I even watched Holloway Park's little video tour. Kingsmead's website was a bit thin, but their Facebook page was actually more useful, you could see what they were getting up to week to week.",
      "choosing_schools", "find_info", 0, "neutral"),
    M(IV, "And the council website?"),
    P(HA, "So there's a page about in-year admissions, and it's mostly, um, rules. What counts as in-year, the twenty school days, that sort of thing. What it doesn't have is anything about which year groups actually have room. I found out later some councils put up a vacancy list every month. Leeds did, I think.",
      "in_year_waiting", "find_info", -1, "pain"),
    M(IV, "So when it came to applying, how was that?"),
    P(HA, "I applied for both as soon as we had a completion date, in July. The in-year form's separate from the main one, and honestly it looks about fifteen years old. You can't save it, you have to do it in one sitting. And there's a question, reason for the move, with a drop-down, and it's all, like, exclusion, family breakdown, nothing for we've just moved here. I picked other.",
      "online_portal", "apply", -1, "pain"),
    M(IV, "And once it was in?"),
    P(HA, "Um, nothing. The automatic email, and then nothing for the whole of the summer holidays. Which, I suppose, summer holidays. But I didn't know if silence meant no, or wait, or what.",
      "council_contact", "processing", -1, "pain"),
    M(IV, "Did they ask you for anything during that time?"),
    P(HA, "Yes! Eventually. Last week of August, an email saying my proof of address wasn't valid because it was the solicitor's completion statement and they wanted a council tax bill. And you don't get a council tax bill for weeks after you move in. So I sent the mortgage letter from the bank, and that was fine, but that's another week gone.",
      "proof_evidence", "processing", -1, "pain"),
    M(IV, "When did you hear about a place?"),
    P(HA, "Second of September. So the day before term. Holloway Park was full in Year 8, she was offered Kingsmead, and she went on the Holloway Park list at number four.",
      "in_year_waiting", "decision", 0, "neutral"),
    M(IV, "How did Isla feel about that?"),
    P(HA, "She was, um, she was all right at first, actually. She'd looked at both. It was the starting with one day's notice that was hard. No uniform, we were in Asda at eight at night buying black trousers. No transition day, no buddy, nothing. She just walked in on the Wednesday.",
      "family_situation", "use", -1, "pain"),
    M(IV, "Mm."),
    P(HA, "And the school were good about it, I'll say that. Her head of year found her a buddy by the Friday.",
      "family_situation", "use", 1, "praise"),
    M(IV, "How does she get to Kingsmead?"),
    P(HA, "Bus, the 31. It's about twenty-five minutes. We pay for a term ticket, it's about a hundred and twenty quid a term, which, fine, it is what it is. She likes the independence, actually.",
      "travel_costs", "use", 0, "neutral"),
    M(IV, "You said she was on the waiting list. What happened with that?"),
    P(HA, "So this is the bit I really wanted to tell you about. She was number four in October. I checked in December, she was number six. February, number nine. And I'm like, how does she go down? Nobody's left, and she's gone down.",
      "in_year_waiting", "follow_up", -1, "pain"),
    M(IV, "Did anyone explain why?"),
    P(HA, "When I finally got someone on the phone, yeah. It's because the list isn't first come, first served, it's in order of the admission criteria, so if a family moves in closer than us, or with an older brother there, they go above her. Which, OK, I can see the logic. But nobody said that when she went on it, and I'd been telling Isla, you're nearly there.",
      "rules_fairness", "follow_up", -1, "pain"),
    M(IV, "How often did you have to chase?"),
    P(HA, "Every time. They don't contact you. The letter says you'll stay on the list until the end of the academic year, and that's it, that's the last thing I ever heard from them without picking up the phone myself.",
      "council_contact", "follow_up", -1, "pain"),
    M(IV, "What happened in the end?"),
    P(HA, "Well, in the end we stopped wanting Holloway Park. [laughs] Isla's settled at Kingsmead. She's got friends, she's in the netball team. But then, um, in the spring she had a rough patch with a group of girls, and for a few weeks I was actually looking at moving her, which meant a whole new in-year application. Same form, from scratch.",
      "online_portal", "follow_up", -1, "pain"),
    M(IV, "Was anything easier the second time round?"),
    P(HA, "No. Well, I knew the right words to use. [laughs] But the form didn't remember anything. It didn't know she was already at Kingsmead, it asked for her old address in Leeds again. I got halfway, and then the school sorted the girls out and I gave up on it, to be honest.",
      "online_portal", "follow_up", -1, "pain"),
    M(IV, "How do you feel about the service overall?"),
    P(HA, "Um. The people, when you get them, are fine. They're obviously snowed under. It's more that the whole thing's built around September, around Year 7 and reception, and families moving mid-year are a bit of an afterthought. Everything we did felt like a workaround.",
      "in_year_waiting", "follow_up", -1, "pain"),
    M(IV, "If you could change one thing?"),
    P(HA, "Tell me what's going on without me having to ring. Even a monthly email, you're number six, here's why it changed. That'd have saved me about ten phone calls and a lot of, um, false hope for Isla.",
      "council_contact", "follow_up", 0, "suggestion"),
    M(IV, "Anything else?"),
    P(HA, "Only that if you do a vacancy list, put it on the website where people can find it. Please. [laughs]",
      "in_year_waiting", "find_info", 0, "suggestion"),
    M(IV, "Noted. Thanks so much, Hannah."),
]

# ---------------------------------------------------------------------------
# Session 5: interview, label alone on a line, text wrapped, paragraphs
# ---------------------------------------------------------------------------
IN, PX = "INTERVIEWER", "P12"
INT3 = [
    M(IN, "Thanks for joining. Could you start by telling me about your role, and where school admissions comes into it?"),
    P(PX, "Sure. I'm a family support worker in the Early Help team, I cover the north of the borough, so mainly Danesmoor and Holloway Fields. I've got about eighteen families at any one time. And admissions comes up, oh, constantly. Families moving into temporary accommodation, families fleeing domestic abuse, families who've just arrived in the country. School's usually one of the first things on the list.",
      "family_situation", "need", 0, "neutral"),
    M(IN, "Do families get much choice about schools in those situations?"),
    P(PX, "On paper. But for a family who's just arrived, the school names mean nothing. They'll say, whichever's nearest. There's no, um, no neutral person to say, this one's got a strong EAL team, this one's good with kids who've been through trauma. The schools obviously sell themselves.",
      "choosing_schools", "find_info", -1, "pain"),
    M(IN, "What are the most common problems you see?"),
    P(PX, "Honestly, the first one is just knowing you have to do it. A lot of my families don't know you apply for reception. They think the child turns four and the school gets in touch. Or they do know, but they find out in February, after the closing date.\n\nAnd then they're a late applicant, and late ones are looked at after everyone who was on time, so they get whatever's left.",
      "council_contact", "find_info", -1, "pain"),
    M(IN, "Why do you think that is?"),
    P(PX, "The reminders go to people who are already, sort of, in the system. If you're registered with a children's centre or a nursery, you'll get the flyer. If you've been bouncing between temporary places, you won't. And it's all in English. I've got a mum from Eritrea, her English is fine for chatting but the letters, the policy language, oversubscription criteria, equal preference, she'd just bring them to me.",
      "council_contact", "find_info", -1, "pain"),
    M(IN, "What about when you help families apply?"),
    P(PX, "So I usually sit with them, on my laptop or their phone. The form itself I can do in my sleep now. [laughs] But for the family, the sticking point is usually the email address. You need one to set up the account, and a lot of my families either haven't got one, or can't get into it, or it's shared with an ex-partner, which is, you know. A safeguarding issue.",
      "online_portal", "apply", -1, "pain"),
    M(IN, "And once the account's set up?"),
    P(PX, "Then it's mostly fine. The ranking page confuses people, though, because it lets you pick the same school more than once. I've seen a dad put Holloway Park in all three boxes, thinking it'd make it more likely. [laughs] It didn't stop him. It should.",
      "online_portal", "apply", -1, "pain"),
    M(IN, "Can you say more about that, the safeguarding side?"),
    P(PX, "Yeah. So a mum in a refuge, she cannot have her new address anywhere the ex might see it. And the application asks for the address, obviously, and proof of it. The refuge gives her a letter, but the refuge address is confidential, so we have to agree a care-of address with admissions, and that's all done by phone, with someone who gets it.\n\nAnd then the school as well, you've got to make sure nothing gets posted to the old address. I've had that go wrong once. Once is enough.",
      "proof_evidence", "apply", -1, "pain"),
    M(IN, "What happened that time?"),
    P(PX, "I'd rather not go into detail. But a letter about the child's new school went to the previous address because an old record hadn't been updated. It was, um, it was caught in time. Just.",
      "council_contact", "decision", -1, "pain"),
    M(IN, "That's really serious. Thank you for telling me. Moving on to decisions, how do the families you work with experience offer day?"),
    P(PX, "Mixed. When it's good, it's good. But the refusals, the letters are very legal. Your application could not be met because the school was oversubscribed and your child did not meet a higher criterion. Then two pages about appeals. A lot of families read that as, you've done something wrong.",
      "council_contact", "decision", -1, "pain"),
    M(IN, "Do many of them appeal?"),
    P(PX, "Not many. And I think that's partly because it looks so formal. There's a form, there's a deadline, there's this idea of a panel, and people think it's a court case. I've supported three in the last year. Two were successful.",
      "appeals", "decision", 0, "neutral"),
    M(IN, "What made the difference in the successful ones?"),
    P(PX, "Evidence, really. One was a dad whose son has a medical need, and we got a letter from the consultant that said specifically why it had to be that school, the distance, the, um, the condition. Not a generic please consider. The clerk told me afterwards that's exactly what panels look for.\n\nThe other one, the school had actually measured from an old address. So that was an error, and the panel spotted it.",
      "appeals", "decision", 1, "praise"),
    M(IN, "And the one that wasn't?"),
    P(PX, "Mum wanted a school near her work. Which is a real reason, she's a single parent, she does early shifts at the hospital. But it's not something the criteria recognise, and the panel were clear they sympathised but the school was full. She took it well. I took it worse, I think. [laughs]",
      "appeals", "decision", -1, "neutral"),
    M(IN, "Anything about the appeal process itself you'd flag?"),
    P(PX, "The paperwork from the school's side comes really late. One mum got the school's case five days before her hearing, twenty-odd pages of it, and she's meant to read that and respond, with three kids and a job.",
      "appeals", "decision", -1, "pain"),
    M(IN, "Once a child has a place, what comes up?"),
    P(PX, "Transport and money, nearly always. If a family in temporary accommodation gets moved across the borough, the child's school is suddenly an hour away. Free transport's only past a certain distance and only to the nearest suitable school, and once they've moved, sometimes the school they're at isn't the nearest any more. So the family's choosing between two buses a day they can't afford, or moving the child again.",
      "travel_costs", "use", -1, "pain"),
    M(IN, "And uniform?"),
    P(PX, "There's the uniform grant, which is a help, seventy-five pounds for secondary. It doesn't cover it, but it helps. A lot of families don't know it exists, though. I tell them. The schools should be telling them, and some do.",
      "travel_costs", "use", 0, "neutral"),
    M(IN, "What about children with SEND on your caseload?"),
    P(PX, "Quite a few. And for those families the in-year side is particularly hard, because a school can say, we've got a place but we can't meet need, and you're back to the start. I've got a lad, eight, who's been out of school since October. He's got a plan, it's all in place, but the named school won't take him and the council's still consulting.",
      "send_inclusion", "processing", -1, "pain"),
    M(IN, "Since October?"),
    P(PX, "Since October. Eight months. His mum's had to give up her job.",
      "send_inclusion", "processing", -1, "pain"),
    M(IN, "What do you think would help most?"),
    P(PX, "Um, three things, if I can. One, a named contact for professionals. I don't mind being on hold myself, but when I've got a mum sat next to me who's taken unpaid time off, it matters.",
      "council_contact", "follow_up", 0, "suggestion"),
    M(IN, "And the second?"),
    P(PX, "Short translated summaries. Not the whole policy, just one page, what you need to do and by when, in the main languages. Tigrinya, Polish, Urdu, Romanian would cover most of mine.",
      "council_contact", "find_info", 0, "suggestion"),
    M(IN, "And the third?"),
    P(PX, "And this is the big one. Some flexibility on proof of address for families in temporary accommodation. They'll never have a council tax bill in their name. Take the housing team's placement letter as standard, it's your own council!",
      "proof_evidence", "apply", 0, "suggestion"),
    M(IN, "That makes a lot of sense. Anything else?"),
    P(PX, "Just that when it works, it really works. The in-year team turned round places for a family who'd just arrived, three kids, in four days last month, and they were all in school the following Monday. So I know it can be done.",
      "in_year_waiting", "processing", 1, "praise"),
    M(IN, "Great note to end on. Thanks so much."),
]

# ---------------------------------------------------------------------------
# Session 6: interview on Teams (WebVTT with <v Name> voice tags)
# ---------------------------------------------------------------------------
LM, TA = "Lucy Marsh", "Tariq Mahmood"
INT4 = [
    M(LM, "Hi Tariq, thanks for joining. Can you see and hear me OK?"),
    B(TA, "Yes, all good, thanks."),
    M(LM, "Great. So could you start by telling me about your family and what brought you to school admissions this year?"),
    P(TA, "Sure. So there's me, my wife Rubina, and three kids. And this year we actually had two going through at once. Our youngest, Amal, started reception, and our middle one, Yusuf, he's in Year 6, so he's moving up to secondary. Yusuf has cerebral palsy and a speech and language need, he's got an EHCP. So two completely different routes at the same time.",
      "send_inclusion", "need", 0, "neutral"),
    M(LM, "Let's start with Amal, the reception one. How was that?"),
    P(TA, "Honestly, fine. Really easy. I did it in January on the portal, took maybe fifteen minutes. It remembered my details from when our eldest applied, I just had to confirm the address and pick the schools. Got a confirmation email straight away with a reference number.",
      "online_portal", "apply", 1, "praise"),
    M(LM, "Did you need to send any documents for her?"),
    P(TA, "Just the sibling details. And I think it checks the address against council tax automatically now, because it didn't ask me to upload anything. Which was nice, because last time I was scanning bank statements.",
      "proof_evidence", "apply", 1, "praise"),
    M(LM, "How did you choose the schools for her?"),
    P(TA, "Upper Larkford Primary's at the end of our road, and her brother went there, so that was first. We did look at one other, St Aidan's, we went to the open morning, they were very welcoming. But really it was always going to be the local one.",
      "choosing_schools", "find_info", 0, "neutral"),
    M(LM, "Were you worried at all about not getting Upper Larkford?"),
    P(TA, "A little, because I'd heard the intake had gone down to one class, mixed in with Year 1, and the distance had been getting tighter. But we had the sibling link and we're about four hundred metres away, so. Fairly safe.",
      "rules_fairness", "apply", 0, "neutral"),
    M(LM, "And the offer?"),
    P(TA, "First preference. Email on the sixteenth of April, first thing in the morning. No complaints.",
      "council_contact", "decision", 1, "praise"),
    M(LM, "So quite a contrast with Yusuf, I'm guessing?"),
    P(TA, "[laughs] You could say that. So with an EHCP you don't apply through the portal, which took me a while to work out, because I'd started filling it in for him as well. And then there's a line somewhere in the guidance saying if your child has a plan, don't apply, the SEND team will consult with schools. So I deleted it. But nobody told me that, I just happened to spot it.",
      "send_inclusion", "apply", -1, "pain"),
    M(LM, "What happened next?"),
    P(TA, "We had to say which school we wanted at his annual review in the autumn. We wanted Larkford High because it's got the resource base for physical disabilities, there's a lift, there's a physio room. We'd visited twice and the SENCo there was brilliant, she spent a whole hour with us.",
      "send_inclusion", "find_info", 1, "praise"),
    M(LM, "And then?"),
    P(TA, "And then nothing. Until the fifteenth of February, which is the legal deadline for naming the school in the plan. We got the final plan on the fourteenth. The fourteenth! And it named Larkford High, thank God, but we'd had four months of not knowing, and Yusuf asking every week, Dad, which school am I going to.",
      "council_contact", "processing", -1, "pain"),
    M(LM, "Did you try to find out during that time?"),
    P(TA, "I emailed the SEND caseworker maybe six times. She replied twice. The second time she said the school hadn't responded to the consultation yet. And I rang Larkford High, and they said they'd sent it back in December. So either someone wasn't telling the truth, or it got lost somewhere in between.",
      "council_contact", "processing", -1, "pain"),
    M(LM, "That sounds really frustrating. How does Yusuf feel about Larkford High now?"),
    P(TA, "He's excited. He's had three transition visits, they did extra ones for the kids with plans, small groups, and they made him a little photo book of the building, where the lift is, who his key worker is. Amazing. That's the school, though, not admissions. [laughs]",
      "send_inclusion", "use", 1, "praise"),
    M(LM, "And how will he get there?"),
    P(TA, "That's the next battle. He's entitled to travel assistance because of his needs, we applied in March, and we've been told it'll be decided before the start of term. So we don't know yet if it's a minibus, a taxi, a travel budget. And I work, Rubina works, so, you know. We need to know.",
      "travel_costs", "use", -1, "pain"),
    M(LM, "Have you had any information about how that's decided?"),
    P(TA, "There's a policy, it's thirty-odd pages. I read it. [laughs] I'm a bit of a nerd. It's fair enough on paper. It's the timing. Everything with Yusuf happens at the last minute.",
      "council_contact", "use", -1, "pain"),
    M(LM, "Looking back at both experiences, what stands out for you?"),
    P(TA, "That the normal route's really good now. Genuinely, whoever built the portal, well done. But if your child's a bit different, you fall off the edge of it into a completely different system, different people, different deadlines, and nobody joins them up. It's like dealing with two councils.",
      "send_inclusion", "follow_up", -1, "pain"),
    M(LM, "If you could change one thing?"),
    P(TA, "Put the EHCP route on the portal. Even if it's just a page that says, your child has a plan, here's your caseworker, here's where you are, here's the next date. Same look, same login.",
      "send_inclusion", "processing", 0, "suggestion"),
    M(LM, "Have you fed any of this back before?"),
    P(TA, "I complained, formally, in February, about the plan being late. I got an acknowledgement and then a letter in April saying it had been partially upheld and lessons would be learned. [laughs] I'd love to know which lessons.",
      "council_contact", "follow_up", -1, "pain"),
    M(LM, "That's exactly the kind of thing we want to hear. Anything else?"),
    B(TA, "No, I think that's everything. Thanks for listening, genuinely.", 1),
    M(LM, "Thank you, Tariq. I'll stop the recording there."),
]

SESSIONS = [
    dict(file="focus-group-1.vtt", fmt="zoom_vtt", turns=FG1, start=3.2, seed=11),
    dict(file="focus-group-2.vtt", fmt="teams_vtt", turns=FG2, start=4.6, seed=12),
    dict(file="interview-1.srt", fmt="srt", turns=INT1, start=1.4, seed=13),
    dict(file="interview-2.txt", fmt="stamped_txt", turns=INT2, start=3.0, seed=14),
    dict(file="interview-3.txt", fmt="label_txt", turns=INT3, start=0.0, seed=15),
    dict(file="interview-4.vtt", fmt="teams_vtt", turns=INT4, start=2.1, seed=16,
         guid="7c0e4b2a-93f1-4d6e-b8a5-2f6c1d9e03ab"),
]
SESSIONS[1]["guid"] = "f3a91c55-0b7e-4c2d-9e44-6a8d2b17c0fe"

STAGES = {"need", "find_info", "apply", "processing", "decision", "use", "follow_up"}


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def timings(session):
    """Synthetic start/end times: about 2.6 words per second plus pauses."""
    rnd = random.Random(session["seed"])
    t = session["start"]
    out = []
    for turn in session["turns"]:
        words = len(norm(turn["text"]).split())
        dur = words / 2.6 + 0.6
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(0.3, 1.9)
    return out


def split_sentences(text: str):
    return re.findall(r"[^.!?]+[.!?]+(?:\s*\[laughs\])?\s*|[^.!?]+$", norm(text))


def chunks(text: str, max_words=34):
    """Split a long turn into 1-3 cue texts on sentence boundaries."""
    text = norm(text)
    words = len(text.split())
    if words <= max_words:
        return [text]
    n = 2 if words <= 2 * max_words + 10 else 3
    sents = [s.strip() for s in split_sentences(text) if s.strip()]
    if len(sents) < n:
        return [text]
    target = words / n
    parts, cur = [], []
    for s in sents:
        cur.append(s)
        if len(parts) < n - 1 and len(" ".join(cur).split()) >= target:
            parts.append(" ".join(cur))
            cur = []
    if cur:
        parts.append(" ".join(cur))
    assert norm(" ".join(parts)) == text, (parts, text)
    return parts


def wrap2(line: str, width: int):
    """Wrap cue text over two lines when long (as subtitle tools do)."""
    if len(line) <= width:
        return [line]
    words = line.split()
    half = len(line) / 2
    acc = 0
    for i, w in enumerate(words):
        acc += len(w) + 1
        if acc >= half:
            return [" ".join(words[: i + 1]), " ".join(words[i + 1:])]
    return [line]


def ts_vtt(s: float) -> str:
    ms = int(round(s * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    sec, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{sec:02d}.{ms:03d}"


def ts_srt(s: float) -> str:
    return ts_vtt(s).replace(".", ",")


def ts_hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def cue_times(start, end, parts):
    total = sum(len(p.split()) for p in parts)
    t = start
    out = []
    for p in parts:
        d = (end - start) * len(p.split()) / total
        out.append((t, t + d))
        t = t + d
    return out


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def write_zoom_vtt(session):
    lines = ["WEBVTT", ""]
    n = 1
    for turn, (a, b) in zip(session["turns"], timings(session)):
        parts = chunks(turn["text"])
        for k, (p, (s, e)) in enumerate(zip(parts, cue_times(a, b, parts))):
            body = f"{turn['speaker']}: {p}"
            lines += [str(n), f"{ts_vtt(s)} --> {ts_vtt(e - 0.08)}"]
            lines += wrap2(body, 150) if k % 2 == 0 else [body]
            lines.append("")
            n += 1
    return "\n".join(lines)


def write_teams_vtt(session):
    lines = ["WEBVTT", ""]
    guid = session["guid"]
    for i, (turn, (a, b)) in enumerate(zip(session["turns"], timings(session))):
        parts = chunks(turn["text"])
        for k, (p, (s, e)) in enumerate(zip(parts, cue_times(a, b, parts))):
            wrapped = wrap2(p, 80)
            wrapped[0] = f"<v {turn['speaker']}>" + wrapped[0]
            wrapped[-1] = wrapped[-1] + "</v>"
            lines += [f"{guid}/{i + 21}-{k}", f"{ts_vtt(s)} --> {ts_vtt(e)}"]
            lines += wrapped
            lines.append("")
    return "\n".join(lines)


def write_srt(session):
    lines = []
    n = 1
    cont = 0
    for turn, (a, b) in zip(session["turns"], timings(session)):
        parts = chunks(turn["text"], max_words=30)
        for k, (p, (s, e)) in enumerate(zip(parts, cue_times(a, b, parts))):
            if k == 0:
                body = f"{turn['speaker']}: {p}"
            else:
                # Zoom-style exports repeat the name; some tools drop it on
                # continuation cues. Alternate so both shapes occur.
                cont += 1
                body = p if cont % 2 == 1 else f"{turn['speaker']}: {p}"
            lines += [str(n), f"{ts_srt(s)} --> {ts_srt(e - 0.08)}"]
            lines += wrap2(body, 70)
            lines.append("")
            n += 1
    return "\n".join(lines)


def write_stamped_txt(session):
    head = [
        "Larkford Borough Council - School admissions discovery research - Interview 2",
        "Date: 18 June 2025",
        "Interviewer: Rachel Osei (Customer Insight & Research)",
        "Participant: Hannah (see participants.csv)",
        "Note: recorded on Teams; transcript tidied by RO, names of children kept with consent",
        "",
    ]
    body = [f"[{ts_hms(a)}] {t['speaker']}: {norm(t['text'])}"
            for t, (a, _) in zip(session["turns"], timings(session))]
    return "\n".join(head + body) + "\n"


def write_label_txt(session):
    out = []
    for t in session["turns"]:
        out.append(t["speaker"])
        paras = [p.strip() for p in t["text"].split("\n\n")]
        for j, para in enumerate(paras):
            if j:
                out.append("")
            out += textwrap.wrap(norm(para), 100, break_long_words=False,
                                 break_on_hyphens=False)
        out.append("")
    return "\n".join(out)


WRITERS = dict(zoom_vtt=write_zoom_vtt, teams_vtt=write_teams_vtt, srt=write_srt,
               stamped_txt=write_stamped_txt, label_txt=write_label_txt)


# ---------------------------------------------------------------------------
# Codebook (drafted before coding) and participants
# ---------------------------------------------------------------------------
CODEBOOK = [
    ("online_portal", "Online application portal and forms",
     "Using the council's application forms themselves: creating and verifying an account, entering and ranking preferences on screen, sibling and multiple-birth link fields, closing dates and times, timeouts and saving, confirmation and viewing what was submitted, changing an application, accepting an offer online, the separate in-year form, a paper alternative. Uploads that fail or records that do not match belong here; what evidence is required and whether it is accepted goes to proof_evidence.",
     "the email went in my junk, and by the time I'd found it my break was over|it shuts at five o'clock on the deadline day, not midnight|the form didn't remember anything"),
    ("council_contact", "Communication and contact with the admissions team",
     "How the council informs and talks to families at any stage: awareness of having to apply and of deadlines, silence while an application is processed, chasing by phone or email, helpful or inconsistent officers, clarity and tone of offer and refusal letters, timing of decisions, language of information, complaints and feedback surveys, wishes for updates, texts or a named contact. SEND casework belongs here when the point is silence or chasing rather than the child's needs.",
     "Long. Long and quiet.|if I get her it's sorted in a day|I gave it a two and wrote a whole paragraph, and I never heard a thing back"),
    ("rules_fairness", "Admission rules and their fairness",
     "The oversubscription criteria and how they play out: catchment and priority areas, how distance is measured, feeder schools, sibling and looked-after priority and their limits, policy changes by academies and trusts, how ranking preferences are treated, people gaming addresses, the order in which waiting lists are kept, and understanding (or not) why a place was or was not offered.",
     "being in the catchment doesn't mean you get in, apparently|How's that fair?|the list isn't first come, first served"),
    ("choosing_schools", "Finding out about and choosing schools",
     "Getting to know schools before applying: open days and taster days, prospectuses and school websites, inspection reports and performance tables, word of mouth and social media, what families look for (wraparound care, pastoral support, a quiet room), and who can give neutral advice about which school suits a child. Understanding the admission criteria goes to rules_fairness.",
     "Honestly? The school gate.|the open days are always a weekday at, like, half nine in the morning|it's not on any website"),
    ("family_situation", "Family circumstances and the child's experience",
     "The life situation that creates the need (a move, a relocation, a first child starting school, kinship or foster care, temporary accommodation) and the emotional and practical impact on the child and family along the way: worry, siblings split up, feeling unwanted, settling in at the new school, family logistics.",
     "we moved down from Leeds last summer|He wouldn't talk about it for a week|The little one cried every morning for the first month"),
    ("proof_evidence", "Proving address and circumstances",
     "What families and carers have to prove and whether it is accepted: proof of address (council tax, tenancy, completion statements, short lets, temporary and refuge addresses), the legal position of kinship and foster carers, social or medical grounds, the privacy of sensitive documents, automatic address checks.",
     "it has to be at least six months|I had to send the court papers|They'll never have a council tax bill in their name"),
    ("send_inclusion", "SEND needs and inclusion",
     "Children with special educational needs or disabilities: the EHCP route versus the mainstream application, consultation and naming of a school, whether a school can meet needs, having no way to describe needs on the form, tribunal versus admission appeal, transition support for children with plans.",
     "neither would talk to the other|you fall off the edge of it into a completely different system|we've got a place but we can't meet need"),
    ("appeals", "Admission appeals",
     "Deciding whether to appeal, grounds for appeal, preparing the case and evidence, the hearing and the panel, timing of hearings and paperwork, help from charities or parent forums, outcomes and success rates.",
     "Honestly, it felt like court.|The chair was really kind|the school's case five days before her hearing"),
    ("in_year_waiting", "In-year places and waiting lists",
     "Getting a place outside the normal September round and waiting for a preferred school: finding out where there are vacancies, time taken to place a child who has moved, fair access, waiting-list positions and their movement, moving school when a place comes up, mid-year families treated as an afterthought.",
     "they all said, you have to go through the council|Nobody's left, and she's gone down|turned round places for a family who'd just arrived"),
    ("travel_costs", "Getting to school and costs",
     "Practical consequences of the place offered: the journey, buses and passes, eligibility for free home-to-school transport and SEND travel assistance, taxis for looked-after children, the cost of uniform, PE kit and equipment, uniform grants.",
     "we're just under the distance for a free pass|It came to nearly two hundred pounds. On my pension.|a minibus, a taxi, a travel budget"),
]

PARTICIPANTS = [
    ("Claire Benson", "parent", "35-44", "Millbrook", "mother (son starting reception; older sibling at Millbrook Primary)"),
    ("Marcus Reid", "parent", "45-54", "Ferrisbridge", "father (son to secondary; no preference offered; appealed)"),
    ("Fatima Begum", "parent", "35-44", "Holloway Fields", "mother (moved from Birmingham; in-year places in Year 3 and Year 5)"),
    ("Jo Whitfield", "parent", "35-44", "Ashcombe", "mother (autistic son to secondary; EHCP pending)"),
    ("Pat Lowther", "grandparent carer", "65-74", "Danesmoor", "grandmother, special guardian of grandson (10) going to secondary"),
    ("Sinead Murphy", "parent", "25-34", "Upper Larkford", "mother (first child starting reception)"),
    ("Gareth Llewellyn", "parent", "45-54", "Millbrook", "father (daughter to secondary; older brother at Larkford High)"),
    ("Nadia Rahman", "parent", "35-44", "Ferrisbridge", "mother of twins (split secondary offer; won appeal)"),
    ("Kev Docherty", "parent", "35-44", "Danesmoor", "single father, shift worker (son to secondary)"),
    ("BEV", "foster carer", "55-64", "Ashcombe", "foster carer (short-term and emergency placements)"),
    ("Hannah", "parent", "35-44", "Holloway Fields", "mother (moved from Leeds; in-year place in Year 8; waiting list)"),
    ("P12", "professional", "35-44", "Danesmoor", "family support worker, Early Help team (north of the borough)"),
    ("Tariq Mahmood", "parent", "45-54", "Upper Larkford", "father (daughter starting reception; son with EHCP to secondary)"),
    ("Rachel Osei", "moderator", "", "", "focus group facilitator, council research team (focus-group-1)"),
    ("Tom Ashworth", "moderator", "", "", "service designer, facilitator (focus-group-2)"),
    ("LUCY", "moderator", "", "", "Lucy Marsh, interviewer (interview-1)"),
    ("Interviewer", "moderator", "", "", "Rachel Osei, interviewer (interview-2)"),
    ("INTERVIEWER", "moderator", "", "", "Rachel Osei, interviewer (interview-3)"),
    ("Lucy Marsh", "moderator", "", "", "interviewer (interview-4)"),
]


def write_codebook_and_participants():
    with open(HERE / "codebook.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "label", "description", "examples"])
        w.writerows(CODEBOOK)
    with open(TDIR / "participants.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["speaker", "segment", "age_group", "district", "relationship"])
        w.writerows(PARTICIPANTS)
    return {c[0] for c in CODEBOOK}


def main():
    TDIR.mkdir(parents=True, exist_ok=True)
    theme_ids = write_codebook_and_participants()
    speakers = {p[0] for p in PARTICIPANTS}
    rows = []
    for s in SESSIONS:
        # consecutive turns by the same speaker would merge when parsed
        for a, b in zip(s["turns"], s["turns"][1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        text = WRITERS[s["fmt"]](s)
        (TDIR / s["file"]).write_text(text, encoding="utf-8")
        for i, t in enumerate(s["turns"]):
            assert t["speaker"] in speakers, t["speaker"]
            if t["mod"]:
                continue
            assert t["theme"] == "" or t["theme"] in theme_ids, t["theme"]
            assert (t["stage"] == "") == (t["theme"] == ""), t["text"][:40]
            assert t["stage"] == "" or t["stage"] in STAGES, t["stage"]
            rows.append([s["file"], i, t["speaker"], t["theme"], t["stage"],
                         t["sentiment"], t["kind"], norm(t["text"])])
    with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["source", "turn", "speaker", "theme", "journey_stage",
                    "sentiment", "kind", "text"])
        w.writerows(rows)
    print(f"{len(SESSIONS)} sessions, {len(rows)} participant turns")


if __name__ == "__main__":
    main()
