"""Understanding every occupation: O*NET titles, ambiguity, everyday words, people, short forms, own jobs.

A table written for this suite (not taken from any labelled set); each row is one class of message.
"""
from __future__ import annotations

import pytest

from bot.understanding.dialogue import next_session
from bot.understanding.session import Session

PLUMBER, NURSE, SOFTWARE, ACCOUNTANT = "onet:47-2152.00", "onet:29-1141.00", "onet:15-1252.00", "onet:13-2011.00"
ELECTRICIAN, WEB, PEN, SYSADMIN = "onet:47-2111.00", "onet:15-1254.00", "onet:15-1299.04", "onet:15-1244.00"
TEACHERS = {"onet:25-2021.00", "onet:25-2031.00"}
PILOTS = {"onet:53-2011.00", "onet:53-2012.00"}

# (message, intent, roles) for roles resolved; candidates are checked separately
RESOLVED = [
    # O*NET titles, reported and alternate titles, plurals and typos
    ("what does a plumber earn", "salary", [PLUMBER]),
    ("how much do electricians make", "salary", [ELECTRICIAN]),
    ("what is a penetration tester", "overview", [PEN]),
    ("web developer outlook", "outlook", [WEB]),
    ("what degree do you need to be an occupational therapist", "education", ["onet:29-1122.00"]),
    ("what does a clinical data manager do", "overview", ["onet:15-2051.02"]),
    # a general title with its specialties is the general occupation
    ("nurse salary", "salary", [NURSE]),
    # curated names and the occupations a curated role is win
    ("what does a database architect do", "overview", ["data-architect"]),
    ("data scientist salary", "salary", ["data-scientist"]),
    # short forms at a title's end, field names, everyday names
    ("web dev salary", "salary", [WEB]),
    ("what do wind turbine techs do?", "overview", ["onet:49-9081.00"]),
    ("jobs like graphic design", "similar", ["onet:27-1024.00"]),
    ("whats a pen tester", "overview", [PEN]),
    ("DBA vs sysadmin", "compare", ["database-administrator", SYSADMIN]),
    # everyday words that are titles, used as a job
    ("what do models earn", "salary", ["onet:41-9012.00"]),
    ("server salary", "salary", ["onet:35-3031.00"]),
    ("vet school requirements", "education", ["onet:29-1131.00"]),
    # comparisons across the tiers
    ("data analyst vs accountant", "compare", ["data-analyst", ACCOUNTANT]),
    # role abbreviations in job company
    ("ds vs da whats the diff", "compare", ["data-scientist", "data-analyst"]),
    ("what software do DAs use", "tools", ["data-analyst"]),
    ("is DS dying", "outlook", ["data-scientist"]),
    ("SWE salary", "salary", [SOFTWARE]),
    # the person's own job is context, not the question
    ("I'm an accountant. Which skills do I need to become a BI analyst?", "skills",
     ["business-intelligence-analyst"]),
    ("As an accountant, which skills would I need to pick up to work as a data analyst?", "skills",
     ["data-analyst"]),
    ("pharmacist here, what's the path to ML engineer?", "getting_started", ["machine-learning-engineer"]),
    ("how do I pivot into data engineering from web dev", "getting_started", ["data-engineer"]),
    ("I'm a nurse. Nurse vs data analyst: who earns more?", "compare", [NURSE, "data-analyst"]),
    # tool names ask about tools and are not roles
    ("tableau vs power bi for BI analyst", "tools", ["business-intelligence-analyst"]),
    ("statisticians: mostly R, SAS or SPSS these days?", "tools", ["statistician"]),
    # two questions: the first asked is the intent
    ("how much do DAs make and what skills do they need", "salary", ["data-analyst"]),
    ("whats a DE and how do i become one", "overview", ["data-engineer"]),
    # everyday names of education jobs, and a subject lecturer as the subject's professor
    ("how much do school principals make", "salary", ["onet:11-9032.00"]),
    ("what does a deputy head do", "overview", ["onet:11-9032.00"]),
    ("how do you become a tech writer", "getting_started", ["onet:27-3042.00"]),
    ("how much do maths lecturers make", "salary", ["onet:25-1022.00"]),
    ("how much does a TA earn", "salary", ["onet:25-9042.00"]),
    ("how does one become a data architect, I do DA work now", "getting_started", ["data-architect"]),
    # a sector is where the question applies, not a question about industries
    ("How much does a data engineer make in the public sector?", "salary", ["data-engineer"]),
    ("What does a data analyst actually do in government?", "overview", ["data-analyst"]),
    ("which sectors hire data analysts", "industries", ["data-analyst"]),
    ("data analyst jobs in government?", "industries", ["data-analyst"]),
    # 'police' is the police officer, unless it describes another thing or names the institution
    ("how much do police earn", "salary", ["onet:33-3051.00"]),
    ("police intelligence analyst - what is it exactly", "overview", ["onet:33-3021.06"]),
    ("what would a BI analyst be doing each day if we hired one into a police performance unit",
     "responsibilities", ["business-intelligence-analyst"]),
    ("my son wants to join the police. he's 18. is it a good career?", "outlook", ["onet:33-3051.00"]),
    # the job of the person the question is for is no role compared or aimed at
    ("data analyst vs BI analyst vs data scientist for a former chemistry teacher?", "compare",
     ["data-analyst", "business-intelligence-analyst", "data-scientist"]),
    ("roadmap to data engineer for a process engineer please", "getting_started", ["data-engineer"]),
    ("what's the pay for a data analyst and for a data scientist", "salary", ["data-analyst", "data-scientist"]),
    # everyday names of public-sector jobs; 'artificial intelligence' and 'closer' are no jobs
    ("what would a health services manager earn", "salary", ["onet:11-9111.00"]),
    ("how much do postmen earn", "salary", ["onet:43-5052.00"]),
    ("what makes a good 999 call handler, skills wise", "skills", ["onet:43-5031.00"]),
    ("engineering manager salary in bangalore", "salary", ["onet:11-9041.00"]),
    ("what do FP&A analysts earn in Toronto", "salary", ["onet:13-2051.00"]),
    ("path to becoming a financial controller from senior accountant", "getting_started", ["onet:11-3031.01"]),
    # the job they have now, then the one they want
    ("IT support now, want cybersecurity analyst, how to move", "getting_started", ["onet:15-1212.00"]),
    ("is software engineering, medicine or data science safer from artificial intelligence", "compare",
     ["onet:15-1252.00", "onet:29-1216.00", "data-scientist"]),
    # a tie between a topic asked first and one whose words only set the scene goes to the first
    ("what does an economist do at a tech company", "overview", ["onet:19-3011.00"]),
    ("job outlook for financial analysts with all the AI tooling coming in", "outlook", ["onet:13-2051.00"]),
    ("explain what an analytics engineer is in plain English, the adverts read like a foreign language", "overview",
     ["analytics-engineer"]),
    # the first of the people an O*NET title lists names it, before the same name reported by another occupation
    ("how much do farmers make these days", "salary", ["onet:11-9013.00"]),
    ("what does an umpire do", "overview", ["onet:27-2023.00"]),
    ("job security for nurses?", "outlook", ["onet:29-1141.00"]),  # 'Securities, Commodities, and ...' is no job
    # 'OT' beside pay is overtime, not the occupational therapist
    ("what do linemen make with OT", "salary", ["onet:49-9051.00"]),
    ("OT pay for a welder?", "salary", ["onet:51-4121.00"]),
    ("what does an OT do", "overview", ["onet:29-1122.00"]),
]


@pytest.mark.parametrize("message, intent, roles", RESOLVED)
def test_resolved(engine, message, intent, roles):
    u = engine.understand(message)
    assert (u.intent, list(u.roles)) == (intent, roles), u.rule


@pytest.mark.parametrize("message, expected", [
    ("teacher", TEACHERS),
    ("pilot salary", PILOTS),
    ("how do I become a pilot", PILOTS),
])
def test_a_title_shared_by_several_occupations_asks_which(engine, message, expected):
    u = engine.understand(message)
    assert not u.roles and expected <= set(u.candidates) and len(u.candidates) <= 6


@pytest.mark.parametrize("message", ["cloud engineer salary", "what does a production planner do",
                                     "cable installer pay"])
def test_a_title_of_several_words_several_occupations_share_is_answered_with_the_others_named(engine, chat,
                                                                                                message):
    """One word ('teacher') names too many kinds to guess; a longer title a few occupations share is answered as
    the one employing most, and the answer names the others so that the person can switch."""
    u = engine.understand(message)
    assert len(u.roles) == 1 and not u.candidates and u.shared and u.shared[0][0] == u.roles[0]
    others = u.shared[0][2]
    employed = [engine.official.employment(r.removeprefix("onet:")) or 0 for r in (u.roles[0], *others)]
    assert employed[0] == max(employed)
    text = chat.text(message)
    assert all(engine.official.names[o.removeprefix("onet:")] in text for o in others)


def test_the_second_question_is_kept(engine):
    u = engine.understand("education and pay for statisticians?")
    assert (u.intent, u.also, u.roles) == ("education", "salary", ("statistician",))


@pytest.mark.parametrize("message", [
    # everyday words that are titles, not used as a job
    "is a transformer model overkill for tabular data?",
    "our web server keeps timing out",
    "who was the host of that podcast?",
    # people and services, not careers
    "my plumber didn't show up today, who else can I call?",
    "book me a nurse for a home visit tomorrow",
    "I need a lawyer for my divorce",
    "need an electrician to fix my lights asap",
    "who is the CEO of OpenAI",
    # off-topic with field words
    "my neural net wont converge help",
    "valorant rank tips",
    "de nada",
])
def test_not_a_question_about_a_job(engine, message):
    u = engine.understand(message)
    assert u.intent == "unknown" and not u.roles and not u.candidates, (u.intent, u.roles, u.rule)


@pytest.mark.parametrize("message", ["I need a plumber job", "do I need a degree to become a nurse"])
def test_a_job_after_need_is_still_a_job_when_asked_as_one(engine, message):
    assert engine.understand(message).roles


# --- in a conversation -------------------------------------------------------------------------------

def converse(engine, *messages):
    """Understand each message in the context of the ones before (as the engine does), return the last."""
    session = Session()
    u = None
    for message in messages:
        u = engine.understand(message, session)
        session = next_session(session, u)
    return u


@pytest.mark.parametrize("messages, intent, roles, aspect", [
    # another job's pay set against the one asked about compares the two on pay
    # 'w/o' is without; 'ok which of the 3 ...' after three compared is a pick among them
    (["torn btwn data scientist, statistician n data analyst. which one shd i go for?",
      "ok which of the 3 can i get straight out of campus w/o experience? i only did a 3 month attachment at a sacco"],
     "compare", ["data-scientist", "statistician", "data-analyst"], "getting_started"),
    # 'in PA' is Pennsylvania, not a physician assistant
    (["how much do dental assistants make", "how do i become one in PA"], "getting_started", ["onet:31-9091.00"], None),
    (["help desk technician pay?", "is network admin more money"], "compare", ["onet:15-1232.00", "onet:15-1244.00"],
     "salary"),
    (["what does a water treatment operator do", "do environmental engineers earn more"], "compare",
     ["onet:51-8031.00", "onet:17-2081.00"], "salary"),
    (["secondary teacher qualifications", "maybe better i switch to data. data engineer salary?"], "salary",
     ["data-engineer"], None),
    # a bare role after a question about another role asks the same question
    (["how much does a plumber earn", "and EMTs?"], "salary", ["onet:29-2042.00"], None),
    (["what tools do data engineers use", "DA?"], "tools", ["data-analyst"], None),
    # after chatter
    (["what do statisticians earn", "lol fair. and NLP engineers?"], "salary", ["nlp-engineer"], None),
    # why: the last answer again
    (["data scientist vs data engineer salary", "how come?"], "compare", ["data-scientist", "data-engineer"],
     "salary"),
    # corrections replace the role
    (["what does a data analyst earn", "sorry, I meant BI analyst"], "salary",
     ["business-intelligence-analyst"], None),
    (["compare data analyst and data engineer on skills", "no wait, BI analyst not data analyst"], "compare",
     ["business-intelligence-analyst", "data-engineer"], "skills"),
    # places and money checks keep the question
    (["how much do nurses make", "and in Canada?"], "salary", [NURSE], None),
    (["what does a data analyst earn", "is that monthly?"], "salary", ["data-analyst"], None),
    # references to the roles just compared
    (["data engineer vs analytics engineer", "which pays more"], "compare",
     ["data-engineer", "analytics-engineer"], "salary"),
    (["data scientist vs data engineer vs ML engineer", "and money-wise?"], "compare",
     ["data-scientist", "data-engineer", "machine-learning-engineer"], "salary"),
    (["what does an AI research engineer earn", "and the AI research scientist", "which needs a phd"], "compare",
     ["ai-research-engineer", "ai-research-scientist"], "education"),
    # a kind picked from the choices offered by its title's words: the words ask nothing ('school' is no schooling)
    (["what do teachers earn", "middle school", "and for the elementary school ones?"], "salary",
     ["onet:25-2021.00"], None),
    # an ordinal picks from the roles just compared
    (["data scientist vs statistician", "how do I become the second one?"], "getting_started", ["statistician"],
     None),
    # 'one' / 'it' is the job in focus; the job named beside it is the person's: 'I'm 34 and a DA', 'from X'
    (["what do airline pilots earn", "how do you become one, I'm 34 and a data analyst"], "getting_started",
     ["onet:53-2011.00"], None),
    (["what does an infosec analyst do", "how would a DE get into it"], "getting_started", ["onet:15-1212.00"],
     None),
    (["ML team lead, what are they responsible for", "how do I become one from senior MLE"], "getting_started",
     ["lead-machine-learning-engineer"], None),
    (["mlops engineer pay in singapore?", "what's my skills gap coming from DS"], "skills", ["mlops-engineer"],
     None),
    # levels of one job weighed are no two jobs: the question about that job
    (["staff DE vs principal DE, whats the diff", "pay by level for DE in india? senior vs staff in LPA"],
     "salary", ["data-engineer"], None),
    # an ordinal after two roles asked about one after the other picks among them
    (["what do translators earn", "what about nlp engineers", "what skills would i need for the second one"],
     "skills", ["nlp-engineer"], None),
    # after their job was compared with a target, 'it' is the target; 'he' asks about the person's job
    (["what does a data governance manager do", "how does it compare to being a librarian pay-wise",
      "outlook for it?"], "outlook", ["data-governance-manager"], None),
])
def test_dialogue_rules(engine, messages, intent, roles, aspect):
    u = converse(engine, *messages)
    assert (u.intent, list(u.roles), u.aspect) == (intent, roles, aspect), u.rule


@pytest.mark.parametrize("messages, intent, roles", [
    # the job of the person they ask for, told beside a question, is theirs: 'it' is the other job, 'he' theirs
    (["My grandson is a junior data analyst. What comes after that?", "What's an analytics engineer, then?",
      "How does the pay compare?", "Would he need to go back to university for it?"], "education",
     ["analytics-engineer"]),
    (["My son is a lead machine learning engineer. What does that mean?",
      "how is it different from a machine learning engineer", "what does he earn probably"], "salary",
     ["lead-machine-learning-engineer"]),
])
def test_a_relatives_job_compared_with_another(engine, messages, intent, roles):
    session = Session()
    for message in messages:
        reply, session = engine.reply(message, session)
    assert (reply.intent, list(reply.roles)) == (intent, roles)


def test_a_self_introduction_is_a_greeting(engine):
    for message in ("hi, I'm an electrician from Ohio", "im a nurse", "Im a TA in a primary in Leeds"):
        u = engine.understand(message)
        assert (u.intent, u.roles) == ("greeting", ()), message


def test_a_reply_that_completes_a_title_picks_that_occupation(engine):
    u = converse(engine, "teacher salary", "high school")
    assert (u.intent, u.roles) == ("salary", ("onet:25-2031.00",))


@pytest.mark.parametrize("message, intent", [
    ("xin chào", "greeting"), ("privet", "greeting"), ("halo", "greeting"),
    ("cảm ơn nhiều", "thanks"), ("감사합니다", "thanks"), ("谢谢", "thanks"), ("спасибо", "thanks"),
    ("ok terima kasih kak", "thanks"), ("jazak Allah khair", "thanks"), ("dzięki", "thanks"), ("valeu", "thanks"),
    ("toda raba", "thanks"), ("tx", "thanks"), ("ta very much", "thanks"),
])
def test_hellos_and_thanks_in_other_languages(engine, message, intent):
    assert engine.understand(message).intent == intent


@pytest.mark.parametrize("message, roles", [
    ("for become architect of data I need what?", ["data-architect"]),
    ("architect of data and architect of AI, difference?", ["data-architect", "ai-architect"]),
    ("what skills must have a good mechanic of cars", ["onet:49-3023.00"]),
    ("sorry, what does an architect of machine learning do", ["machine-learning-data-architect"]),
])
def test_a_job_named_as_x_of_y_is_read_as_y_x(engine, message, roles):
    assert list(engine.understand(message).roles) == roles


@pytest.mark.parametrize("message, roles", [
    ("could a data scientist work in farming?", ["data-scientist"]),  # the sector, not Farmworkers
    ("is an analytics engineer mostly building dashboards or plumbing?", ["analytics-engineer"]),
    ("where do statisticians work - manufacturers, government?", ["statistician"]),
    ("welding or plumbing, which pays more?", ["onet:51-4121.00", "onet:47-2152.00"]),
    ("statistician vs data scientist vs actuary, difference", ["statistician", "data-scientist", "onet:15-2011.00"]),
])
def test_words_beside_a_job_that_describe_it_are_no_second_job(engine, message, roles):
    assert list(engine.understand(message).roles) == roles


@pytest.mark.parametrize("message, roles", [
    ("what does a midwife earn", ["onet:29-9099.01"]),  # O*NET's 'Midwives' is read as 'midwife'
    ("cnc machinist outlook", ["onet:51-4041.00"]),     # of the occupations reporting it, only one is named so
    ("air hostess skills", ["onet:53-2031.00"]),
])
def test_everyday_names_and_plurals_of_titles(engine, message, roles):
    assert list(engine.understand(message).roles) == roles


@pytest.mark.parametrize("message, roles", [
    # a short title typed in capitals where a job stands (O*NET's Short Title column)
    ("what does a CRNA make an hour", ["onet:29-1151.00"]),
    ("what even is a CVT? saw it in an ad", ["onet:29-2056.00"]),
    ("RDH vs dental assistant pay", ["onet:29-1292.00", "onet:31-9091.00"]),
    # ... but not one describing a thing, one after 'that', nor the initials of a job named beside it
    ("is a CPT code hard to learn", []),
    ("is that CLT or PJ?", []),
    ("Tell me about the MSL role, medical science liaison", ["onet:29-9092.00"]),
    # a short title ending in a name people give the job ('vet'), a worker named 'hand'
    ("how much do large animal vets make", ["onet:29-1131.00"]),
    ("what does a stable hand do all day", ["onet:45-2093.00"]),
    # an everyday title after how they work it, or before where its people train
    ("how much do locum vets make in the UK", ["onet:29-1131.00"]),
    ("how much does a senior vet earn", ["onet:29-1131.00"]),
    ("what A levels do you need for vet school", ["onet:29-1131.00"]),
    ("pharmacist or pharmacy tech, is the extra school worth it", ["onet:29-1051.00", "onet:29-2052.00"]),
    # British and everyday words inside titles, regional names
    ("do tyre changers get paid well", ["onet:49-3093.00"]),
    ("motorbike mech vs small engine mechanic", ["onet:49-3052.00", "onet:49-3053.00"]),
    ("what are the main duties of a childcare centre director", ["onet:11-9031.00"]),
    ("nursery manager pay uk?", ["onet:11-9031.00"]),
    ("are childminders dying out in the uk", ["onet:39-9011.00"]),
    # a teaching level before 'teaching' names that teacher; 'TA' set against a job is a teaching assistant
    ("i'm torn between primary teaching, social work and speech therapy",
     ["onet:25-2021.00", "onet:21-1021.00", "onet:29-1127.00"]),
    ("nursery nurse vs TA in a school, which is more secure job wise", ["onet:39-9011.00", "onet:25-9042.00"]),
    # an alternate title of a few occupations is the one whose description has its other words
    ("how much a cleaning supervisor earn in london", ["onet:37-1011.00"]),
    # an everyday title in the plural after a verb whose object is people
    ("will robots replace cleaners in future", ["onet:37-2011.00"]),
    # a trade named by its work
    ("how to get into pest control in texas no experience", ["onet:37-2021.00"]),
    ("will garbage collection be automated with those robot arm trucks", ["onet:53-7081.00"]),
    # what a job must be is no second job; a trial run is no pilot
    ("do data engineers need to be strong coders or is knowing SQL enough", ["data-engineer"]),
    ("which skills I need to be data analyst?", ["data-analyst"]),
    ("we're running a pilot of self checkouts in 5 stores, any tips for the rollout?", []),
    # a short title in capitals opening a pay question, or in the plural after 'do'
    ("RDH pay in ontario per hour?", ["onet:29-1292.00"]),
    ("how much do RDAs make an hour in california", ["onet:31-9091.00"]),
    ("I do SEO for clients", []),
    # a specialty's own O*NET name is that specialty, not its general occupation
    ("what do freight forwarders do", ["onet:43-5011.01"]),
    ("pay for a depot manager at amazon", ["onet:11-3071.00"]),
    # an everyday title after 'at a' is where the job is
    ("duties of an editor at a publisher, like what do they do every day", ["onet:27-3041.00"]),
    ("whats the pay for a litho printer these days", ["onet:51-5112.00"]),
    # 'pre-k' keeps its k (alone, 'k' is 'okay')
    ("what does a pre-k teacher do day to day", ["onet:25-2011.00"]),
])
def test_short_titles_and_everyday_titles_with_their_modifiers(engine, message, roles):
    assert list(engine.understand(message).roles) == roles


@pytest.mark.parametrize("message, role", [
    ("nurse to data analyst", "data-analyst"),
    ("i'm a bank teller. data engineer?", "data-engineer"),
    ("teacher to statistician", "statistician"),
])
def test_own_job_then_a_target_without_a_question_asks_how_to_get_there(engine, message, role):
    u = engine.understand(message)
    assert (u.intent, list(u.roles)) == ("getting_started", [role])


@pytest.mark.parametrize("message", ["head of data salary", "is a bachelor of science enough"])
def test_x_of_y_that_names_no_job_is_left_alone(engine, message):
    assert not engine.understand(message).roles


@pytest.mark.parametrize("message, role", [
    ("registered nurse bsn vs adn", "onet:29-1141.00"),
    ("lawyer: llb or jd?", "onet:23-1011.00"),
])
def test_degrees_compared_ask_about_education(engine, message, role):
    u = engine.understand(message)
    assert (u.intent, list(u.roles)) == ("education", [role])


@pytest.mark.parametrize("message", ["bank teller near me opening hours", "is the pharmacist near me open now"])
def test_a_service_asked_for_is_not_a_career_question(engine, message):
    u = engine.understand(message)
    assert u.intent == "unknown" and not u.roles


@pytest.mark.parametrize("message, role", [
    ("what do project managers actually do", "onet:13-1082.00"),   # not Architectural and Engineering Managers
    ("call centre agent pay", "onet:43-4051.00"),
    ("forklift - do I need a licence", "onet:53-7051.00"),
    ("tutoring online, how much an hour?", "onet:25-3041.00"),
])
def test_everyday_names_of_jobs_resolve_to_their_occupation(engine, message, role):
    assert list(engine.understand(message).roles) == [role]


def test_a_word_the_intents_know_is_never_corrected_into_another(engine):
    assert engine.understand("Lovely, thank you.").intent == "thanks"   # not 'lonely'


@pytest.mark.parametrize("message, role", [
    ("what does a CMO do", "onet:11-2021.00"),        # not Continuous Mining Machine Operators
    ("helpdesk salary", "onet:15-1232.00"),
])
def test_short_and_joined_names_of_jobs(engine, message, role):
    assert list(engine.understand(message).roles) == [role]


@pytest.mark.parametrize("message, role", [
    ("what do landscapers make", "onet:37-3011.00"),   # one-word alternate titles people use every day
    ("sommelier salary", "onet:35-3031.00"),
    ("how do I become a headhunter", "onet:13-1071.00"),
])
def test_everyday_one_word_job_names(engine, message, role):
    assert list(engine.understand(message).roles) == [role]


@pytest.mark.parametrize("message, role", [
    # reported for three kinds of social worker, but Child, Family, and School Social Workers employ twice as many
    ("social worker salary?", "onet:21-1021.00"),
    ("how do I become a social worker in Scotland", "onet:21-1021.00"),
])
def test_a_shared_title_goes_to_the_sibling_employing_far_more(engine, message, role):
    assert list(engine.understand(message).roles) == [role]


def test_a_sibling_rule_never_beats_an_official_title(engine):
    # 'radiologist' is the O*NET title of Radiologists; Physicians, All Other employ more but only list it
    assert list(engine.understand("radiologist salary").roles) == ["onet:29-1224.00"]


def test_an_ambiguous_field_word_is_the_job_said_in_the_same_message(engine):
    u = engine.understand("I'm a secondary school teacher looking at alternatives after fifteen years. "
                          "What jobs are similar to teaching and use the same strengths?")
    assert (u.intent, list(u.roles)) == ("similar", ["onet:25-2031.00"])


@pytest.mark.parametrize("message, role", [
    # 'teaching' is any of six teachers; 'secondary' is in one title, and that one employs far more
    ("careers close to teaching that use the same strengths? secondary school, 12 years", "onet:25-2031.00"),
    # 'psychologist' asks which; 'clinical' names one kind
    ("psychologists: which competencies matter most clinically?", "onet:19-3033.00"),
])
def test_an_ambiguous_job_word_is_settled_by_a_title_word_beside_it(engine, message, role):
    assert list(engine.understand(message).roles) == [role]


def test_words_about_the_person_do_not_settle_an_ambiguous_job_word(engine):
    # 'family' is in the description of home economics teachers, but here it is the person's family
    u = engine.understand("what do teachers earn in Ireland? we may move there as a family")
    assert u.roles == () and TEACHERS <= set(u.candidates)


def test_a_curated_ambiguity_is_not_settled_by_everyday_words(engine):
    # 'management' is in Management Analysts' title; the person means where they come from
    u = engine.understand("how do i become an analyst? i come from retail management")
    assert (u.roles, set(u.candidates)) == ((), {"data-analyst", "business-intelligence-analyst"})


@pytest.mark.parametrize("messages, role", [
    # after an answer about one social worker, a reply naming another kind by its title's words
    (["social worker what is it", "the mental health one"], "onet:21-1023.00"),
    # asked which psychologist (clinical or school), the reply names a kind that was not offered
    (["what does a psychologist do", "the organisational kind"], "onet:19-3032.00"),
])
def test_a_reply_naming_another_kind_of_the_job_switches_to_it(engine, messages, role):
    u = converse(engine, *messages)
    assert (u.intent, list(u.roles)) == ("overview", [role]), u.rule
    assert list(converse(engine, *messages, "salary?").roles) == [role]


@pytest.mark.parametrize("message, roles", [
    # someone else's job, said as one's own is: context for the job asked about, not a second one
    ("my son is a bank teller and his boss thinks he'd make a good BI analyst, what tools would he need?",
     ["business-intelligence-analyst"]),
    ("my wife is a pharmacist and is curious about clinical data manager work, what would she need to learn?",
     ["onet:15-2051.02"]),
    # unless the two are compared
    ("my son is an electrician, would he earn more as a data engineer?", [ELECTRICIAN, "data-engineer"]),
])
def test_a_relatives_job_is_context_like_ones_own(engine, message, roles):
    assert list(engine.understand(message).roles) == roles


def test_the_job_a_question_starts_from_is_not_the_job_asked_about(engine):
    u = engine.understand("what about BI analyst. my aunt does that. would priya be any good at it coming from "
                          "nursing")
    assert list(u.roles) == ["business-intelligence-analyst"]


@pytest.mark.parametrize("message, role", [
    ("average pay for a lawer?", "onet:23-1011.00"),
    ("is being a plumer hard on your knees", PLUMBER),
    ("which programs do acountants need", ACCOUNTANT),
])
def test_a_job_name_with_a_letter_dropped_or_doubled(engine, message, role):
    assert list(engine.understand(message).roles) == [role]


@pytest.mark.parametrize("message", ["sorry to bother you, what does a nurse earn",
                                     "looking for a shorter route than a degree, what about nurse?"])
def test_an_english_word_a_letter_from_a_job_is_not_that_job(engine, message):
    assert list(engine.understand(message).roles) == [NURSE]


@pytest.mark.parametrize("message", [
    "Dear Sir/Madam, could you please draft a letter to a member of staff, a data analyst in our team?",
    "Hello, could you write a reference for a nurse who worked on my ward for three years?",
    "Can you help me mark a set of Year 10 essays? I'm a history teacher.",
    "Would you translate this paragraph into Welsh? It welcomes the new teaching assistants.",
    "I'm an HR officer. Could you help me draft an offer letter for our new data analyst?",
])
def test_a_request_for_a_piece_of_work_is_not_a_career_question(engine, message):
    assert engine.understand(message).intent == "unknown"


ARTS_SPORT_HOSPITALITY = [
    # a job then a question typed without '?': the question, about the person's own job
    ("wedding photographer here 📸 will AI replace us", "outlook", "onet:27-4021.00"),
    ("game tester here, is the pay always this bad 😩", "salary", "onet:15-1253.00"),
    ("makeup artist here 💄 what does AI mean for my job", "outlook", "onet:39-5091.00"),
    # the work named for the job, and everyday short names
    ("is bartending a dying job", "outlook", "onet:35-3011.00"),
    ("how to get into barbering, school or just shadow someone", "getting_started", "onet:39-5011.00"),
    ("DJ salary lol", "salary", "onet:27-2091.00"),
    ("premier league refs get paid how much??", "salary", "onet:27-2023.00"),
    # creative tools named instead of 'tools'; employers named by what they are
    ("unity or unreal for game designers??", "tools", "onet:15-1255.01"),
    ("do computer vision engineers work for beauty brands, like virtual try-on", "industries",
     "computer-vision-engineer"),
]


@pytest.mark.parametrize("message, roles, aspect", [
    ("who makes more, bartenders or baristas", ["onet:35-3011.00", "onet:35-3023.01"], "salary"),
    ("graphic designer vs UX designer, which one survives AI", ["onet:27-1024.00", "onet:15-1255.00"], "outlook"),
    ("coach vs referee which needs more education", ["onet:27-2022.00", "onet:27-2023.00"], "education"),
])
def test_a_comparison_names_its_aspect(engine, message, roles, aspect):
    u = engine.understand(message)
    assert (u.intent, list(u.roles), u.aspect) == ("compare", roles, aspect), u.rule


@pytest.mark.parametrize("message, intent", [
    ("is 'AI trainer' a real job or a scam?? seeing it all over my tiktok", "overview"),
    ("can being a youtuber count as a career", "overview"),
    ("is AI ethicist a real job or linkedin fluff", "overview"),
])
def test_whether_a_job_is_real_asks_what_it_is(engine, message, intent):
    u = engine.understand(message)
    assert u.intent == intent and u.unknown_role and not u.roles, (u.intent, u.unknown_role, u.rule)


@pytest.mark.parametrize("message, roles", [
    ("mlops vs devops which should i learn", ["mlops-engineer", SOFTWARE]),
    ("builder wages in the us", ["onet:11-9021.00"]),
    # the job said to be the person's background is no target: 'kaise bane' = 'how to become'
    ("MLOps engineer kaise bane, DevOps background hai mera 3 saal ka", ["mlops-engineer"]),
])
def test_devops_builders_and_a_background_named_after_the_target(engine, message, roles):
    assert list(engine.understand(message).roles) == roles


WESTERN_EUROPEAN_ENGLISH = [
    # job names and question words of Western European languages, accents typed or not
    ("salaire infirmière au Québec?", "salary", NURSE),
    ("salaire infirmiere au Quebec?", "salary", NURSE),
    ("kinésithérapeute salary", "salary", "onet:29-1123.00"),
    ("What is the salary of a Steuerberater? In US dollars is fine", "salary", ACCOUNTANT),
    ("what does a Hausmeister do? I dont know the english word", "overview", "onet:37-2011.00"),
    ("Combien gagne un pilote de ligne chez Air France?", "salary", "onet:53-2011.00"),
    # false friends read as their writers mean them
    ("Which are the missions of a BI analyst?", "responsibilities", "business-intelligence-analyst"),
    ("job perspectives for civil engineers, in Morocco and abroad", "outlook", "onet:17-2051.00"),
    ("and accountants, how much they become?", "salary", ACCOUNTANT),
    # 'de' between two nouns is a preposition, not a data engineer
    ("What is the pay of a chef de cuisine in a good restaurant?", "salary", "onet:35-1011.00"),
]


def test_french_little_words_are_no_short_forms(engine):
    u = engine.understand("liste des métiers de la data svp")
    assert u.intent == "list_roles" and not u.roles


@pytest.mark.parametrize("message", ["cảm ơn bạn", "cam on ban nhieu"])
def test_vietnamese_thanks_with_or_without_accents(engine, message):
    assert engine.understand(message).intent == "thanks"


def test_on_alone_is_no_thanks(engine):
    u = engine.understand("compare data analyst and data engineer on pay")
    assert (u.intent, u.aspect) == ("compare", "salary")


SPELT_BY_EAR = [
    # job names and question words spelt by ear, found by how they sound (Metaphone)
    ("how much do electrishuns make in sydney", "salary", "onet:47-2111.00"),
    ("wats a statistishun", "overview", "statistician"),
    ("hairdreser wages are they rubbish", "salary", "onet:39-5012.00"),
    ("wat qualafacations do u need for a nurss", "education", NURSE),
    ("is there a future in plumming", "outlook", PLUMBER),
    ("day to day wat does a ML injineer do", "responsibilities", "machine-learning-engineer"),
    ("wats the celery for a data analist", "salary", "data-analyst"),
]


@pytest.mark.parametrize("word", ["version", "colour", "wonder", "sequel", "linguistic", "cricket", "amazon"])
def test_everyday_words_are_not_corrected_by_sound(engine, word):
    assert engine.understander.parser.correct(word) == word


STUDENTS_RECRUITING_WORDS = [
    # campus and recruiting words for jobs O*NET names otherwise
    ("what do consultants do", "overview", "onet:13-1111.00"),
    ("how do i get into consulting from a non-target school", "getting_started", "onet:13-1111.00"),
    ("exit opps from consulting?", "similar", "onet:13-1111.00"),
    ("first year ib analyst pay incl bonus?", "salary", "onet:13-2051.00"),
    ("if i don't get quant what else uses the same skills", "similar", "onet:13-2099.01"),
]


@pytest.mark.parametrize("message, intent, role", ARTS_SPORT_HOSPITALITY + WESTERN_EUROPEAN_ENGLISH + SPELT_BY_EAR
                         + STUDENTS_RECRUITING_WORDS)
def test_one_occupation_asked_about(engine, message, intent, role):
    u = engine.understand(message)
    assert (u.intent, list(u.roles)) == (intent, [role]), (u.rule, engine.parse(message).tokens)


# (message, intent or None for any, roles): one message, one class of wording each
ONE_MESSAGE = [
    # questions listed one by one: the first is the one the person puts first
    ("quick ones: 1) what does an NLP engineer do 2) salary 3) is a PhD needed", "overview", ["nlp-engineer"]),
    ("- pay for a data engineer in Leeds\n- what tools\n- do I need a degree", "salary", ["data-engineer"]),
    # the person's own field is the job asked about
    ("what else can i do with my welding background", "similar", ["onet:51-4121.00"]),
    # a field asked about as a career, not as a place
    ("is journalism worth it as a career?", None, ["onet:27-3023.00"]),
    # an everyday title that is often something else ('vet' for veteran), after 'jobs like'
    ("any jobs like vet but with less school?", "similar", ["onet:29-1131.00"]),
    # 'X work' is the work of an X worker
    ("is social work stressful", None, ["onet:21-1021.00"]),
    # ... but not the verb: 'how does this service work'
    ("how does this service work", None, []),
    # a worker in the person's story is no job asked about
    ("a recruiter called me about a data engineer role, what does that job involve", None, ["data-engineer"]),
    ("the recruiter emailed me 95k for a BI analyst job, is that normal?", None, ["business-intelligence-analyst"]),
    # a greeting that opens a request is the request
    ("Hello, kindly advise the salary for data engineer in Dubai, I am having 5 years exp", "salary",
     ["data-engineer"]),
    # two credentials weighed: how to qualify
    ("ACCA or CIMA for a management accountant, which do firms prefer", "education", None),
    # certifications named after tools are certifications
    ("Azure cert vs Snowflake cert for a data engineer, which is worth more?", "education", ["data-engineer"]),
    # a credential held describes the person
    ("project manager pay, PMP certified, 12 yrs", "salary", None),
    # a job said by its work: the thing and the one who does it make an O*NET title
    ("my dad drives buses and worries about automation, is his job safe?", "outlook", ["onet:53-3052.00"]),
    ("she operates a crane on building sites, what does that pay", "salary", ["onet:53-7021.00"]),
    # the person's own, said so: an introduction
    ("hi, I drive trucks for a living, 15 years now", "greeting", []),
    # an everyday name for a doctor of children
    ("my niece wants to be a kids doctor, how long does it take?", None, ["onet:29-1221.00"]),
    ("data engineer, is that mostly coding or meetings", None, ["data-engineer"]),  # 'X, is that ...' asks
    ("ev tech pay in the uk", "salary", ["onet:49-3023.00"]),  # an everyday name of a new kind of mechanic
    ("what tickets do i need to be a crane operator", "education", ["onet:53-7021.00"]),  # licences (AU, CA)
    ("what does a data architect pull in", "salary", ["data-architect"]),
    # an everyday title with a verb or a job noun after it is the job ('a vet use', 'vet jobs', 'vet instead')
    ("which apps does a vet use", "tools", ["onet:29-1131.00"]),
    ("are robots coming for vet jobs", "outlook", ["onet:29-1131.00"]),
    ("my son wants to be a vet instead, what should he study", "education", ["onet:29-1131.00"]),
    ("careers that are like vet", "similar", ["onet:29-1131.00"]),
    ("longer training, vet or dentist?", "compare", ["onet:29-1131.00", "onet:29-1021.00"]),
    # ... but not when it qualifies the noun ('tech jobs') or a field names a different job ('an AI trainer')
    ("which tech jobs do you cover", "list_roles", []),
    ("what does an AI trainer actually do", "overview", []),
    # school subjects and tracks chosen for a job are its education
    ("would chemistry and physics help me become a pharmacist, which subjects matter", "education",
     ["onet:29-1051.00"]),
    ("is physics needed for a vet", "education", ["onet:29-1131.00"]),
    # 'grow up' is childhood, not growth
    ("when i grow up i want to be a welder, what is it", None, ["onet:51-4121.00"]),
    # a field of gig work names its job
    ("is transcription work dying because of AI", "outlook", ["onet:31-9094.00"]),
    ("everyday names: hacker pay", "salary", ["onet:15-1299.04"]),
    # everyday names and licences of counselling, psychology, HR and law
    ("LPC pay in Texas", "salary", ["onet:21-1014.00"]),
    ("what does an MFT do", None, ["onet:21-1013.00"]),
    ("day in the life of an HRBP", "responsibilities", ["onet:13-1071.00"]),
    ("is I/O psych growing", "outlook", ["onet:19-3032.00"]),
    ("school psych salary", "salary", ["onet:19-3034.00"]),
    ("conveyancer pay in Perth", "salary", ["onet:23-1011.00"]),
    # the job of years past is where they come from; a credential's holder is no job
    ("how do I land a data analyst job after 6 years of nursing work", "getting_started", ["data-analyst"]),
    ("what does a cloud architect earn? I'm a CISSP holder", "salary", ["onet:15-1241.00"]),
    # an introduction that tells pay or the sector asks nothing
    ("I'm a payroll clerk in Manila, 6 yrs, around 25k a month", "greeting", []),
    ("I'm a compliance officer in banking, Singapore.", "greeting", []),
    # a short form after 'need', 'without' is the credential, not the job
    ("payroll clerk, do they need CPA?", "education", ["onet:43-3051.00"]),
    # the question's sentence says what it asks, whatever the story before it joins with 'and'
    ("I drive a forklift in Accra and worry about my job. My friend says learn SQL and Tableau. What's the "
     "outlook for BI analysts?", "outlook", ["business-intelligence-analyst"]),
    # a degree named by its letters is education, not a sector ('PharmD' is no 'pharma')
    ("my niece wants to be a pharmacist. PharmD or BPharm, and how many years?", "education",
     ["onet:29-1051.00"]),
    # the person's own job said with a two-word describer ('in-house', 'part-time') is who asks
    ("I'm a part-time tutor. A parent asked me about statisticians. I need a quick primer on what that job even "
     "is.", "overview", ["statistician"]),
    # ... and stays out of a comparison of two other jobs
    ("I'm a school nurse, what's the difference between a data engineer and a data scientist?", "compare",
     ["data-engineer", "data-scientist"]),
    # two things compared that are no jobs, with nothing in the conversation: not a career question
    ("what's the difference between a hurricane and a typhoon", "unknown", []),
    # pay asked in the words of Telegram's users: Russian, Uzbek, Turkish, and the calque 'how many gets'
    ("data engineer zarplata skolko?", "salary", ["data-engineer"]),
    ("statistician maaş ne kadar", "salary", ["statistician"]),
    ("BI analyst oylik qancha", "salary", ["business-intelligence-analyst"]),
    ("how many gets pharmacist in Canada", "salary", ["onet:29-1051.00"]),
    # ... and thanks
    ("rahmat aka", "thanks", []),
    ("sağol kardeşim", "thanks", []),
    ("mamnoon", "thanks", []),
    # an introduction with the workplace after the job tells where they work, asks nothing
    ("evening all. HR manager at a 40-person logistics firm in Leeds", "greeting", []),
    ("I work help desk at a hospital in Lagos.", "greeting", []),
    ("Good evening. I work help desk L2 at an insurer in Leeds.", "greeting", []),  # 'help' names the job
    # everyday names of IT support and writing jobs
    ("service desk pay in Dublin", "salary", ["onet:15-1232.00"]),
    ("how do I get into tech writing", "getting_started", ["onet:27-3042.00"]),
    # ... but the sector asked first is the question
    ("industries for data engineers in Kenya", "industries", ["data-engineer"]),
    # one job weighed in two places is a question about that job
    ("data analyst pay in Poland vs remote?", "salary", ["data-analyst"]),
    # titles of IT delivery: testers of software, SAP consultants, the Russian 'programmist'
    ("will AI replace manual testers", "outlook", ["onet:15-1253.00"]),
    ("SDET pay in Pune", "salary", ["onet:15-1253.00"]),
    # 'BA' where it names a job ('BA role', 'IT BA'), not the degree
    ("does my UAT experience count for a BA role", None, ["onet:13-1111.00"]),
    # study words in Russian and Uzbek Latin letters: 'without magistratura', 'only bakalavr'
    ("will they hire a data analyst without magistratura?", "education", ["data-analyst"]),
    ("SAP consultant pay in Pune", "salary", ["onet:15-1211.00"]),
    ("programmist or statistician, which better", "compare", ["onet:15-1251.00", "statistician"]),
    # 'ML' as where they go is the field's job
    ("im java developer, want go to ML. how to start?", "getting_started", ["machine-learning-engineer"]),
    # KRA (key result areas) is what the job does; TOGAF, ISTQB are certifications
    ("KRA of a BI analyst", "responsibilities", ["business-intelligence-analyst"]),
    ("is TOGAF needed for a data architect", "education", ["data-architect"]),
    # 'perspective job' (Russian 'perspektivnaya') is its outlook
    ("BI analyst — is it perspective job?", "outlook", ["business-intelligence-analyst"]),
    # a currency's exchange rate is not pay
    ("exchange rate dollar to rupee today", "unknown", []),
    # 'which one' after the roles were listed in the sentence before chooses among them, the background aside
    ("Thinking of a switch - data engineer or statistician. Which one is the best fit for my QA background?",
     "compare", ["data-engineer", "statistician"]),
    # 'advise profession' asks for a recommendation
    ("I like numbers and charts. advise profession pls", "recommend", None),
]


@pytest.mark.parametrize("message, intent, roles", ONE_MESSAGE)
def test_one_message_understood(engine, message, intent, roles):
    u = engine.understand(message)
    assert (intent is None or u.intent == intent) and (roles is None or list(u.roles) == roles), (u.intent, u.roles)


def test_the_kin_of_a_title_noun_are_right_at_the_first_call():
    # the index of kin is built on the first call: that call must answer for the noun asked, like any other
    from bot.engine import Engine
    index = Engine.load().understander.index
    assert "onet:19-3032.00" in index.kin("psychologist") and "onet:21-1023.00" in index.kin("worker")


def test_pay_asked_for_remote_work_from_a_country_answers_the_pay_first_and_says_where_figures_apply(engine):
    from .talking import first_line, talk
    line = first_line(talk(engine, "how many gets a data analyst if I work remote from Uzbekistan? USD")[0])
    assert line.startswith("Data Analyst") and "$" in line and "none for Uzbekistan" in line, line


@pytest.mark.parametrize("word", ["supervisor", "representative"])
def test_a_word_for_many_jobs_is_not_one_occupation(engine, word):
    """O*NET gives 'Supervisor' as an alternate title of Social Workers, All Other only; 26 occupations are
    supervisors of something (scripts/build_official.py drops such titles and says so in BUILD.md)."""
    u = engine.understand(f"what does a {word} earn")
    assert len(u.roles) != 1


@pytest.mark.parametrize("message, role", [
    ("what does an environmental scientist do all day? field work or mostly office?", "onet:19-2041.00"),
    ("Which soft skills matter most for a sales rep? Hiring one for our wholesale spice business", "onet:41-4012.00"),
    ("Where does your paralegal salary figure come from - OEWS?", "onet:23-2011.00"),
])
def test_the_job_asked_about_is_kept(engine, message, role):
    assert engine.understand(message).roles == (role,)


@pytest.mark.parametrize("messages, intent", [
    (["what does a paralegal earn", "what's the 75th percentile"], "salary"),
    (["what does a paralegal earn", "is that the median?"], "salary"),
    (["outlook for paralegals", "openings per year?"], "outlook"),
    (["how much a data engineer make working remote"], "salary"),
    (["Which software would I need to learn to work as a CNC programmer?"], "tools"),
])
def test_what_a_figure_measures_keeps_its_topic(engine, messages, intent):
    s = Session()
    for m in messages:
        r, s = engine.reply(m, s)
    assert r.intent == intent


@pytest.mark.parametrize("message, intent, roles", [
    ("dental hygienist or nurse", "compare", ("onet:29-1292.00", "onet:29-1141.00")),  # 'or', no OR nurse
    ("How would a classic product manager get started as an AI product manager?", "getting_started",
     ("ai-product-manager",)),
    ("Roadmap to become an AI engineer for a mid-career Java developer in Pune", "getting_started", ("ai-engineer",)),
    ("How do I become a careers adviser myself? I'm a librarian thinking of moving over.", "getting_started",
     ("onet:21-1012.00",)),
    ("nurse vs paramedic, which takes longer to train for", "compare", ("onet:29-1141.00", "onet:29-2043.00")),
])
def test_who_is_asked_about(engine, message, intent, roles):
    u = engine.understand(message)
    assert (u.intent, u.roles) == (intent, roles)


@pytest.mark.parametrize("message", [
    "Is this a careers advisor bot? What does it do exactly?",
    "I'm a careers adviser at a university. What kinds of questions can you answer for my students?",
    "Are you a real careers adviser or an automated tool?",
])
def test_questions_about_the_bot_are_help(engine, message):
    u = engine.understand(message)
    assert (u.intent, u.roles) == ("help", ())


def test_a_person_to_call_is_no_job_asked_about(engine):
    u = engine.understand("how do i unblock a toilet without calling a plumber")
    assert (u.intent, u.roles) == ("unknown", ())


@pytest.mark.parametrize("message, intent, roles", [
    ("what's a software data engineer, is it just a SWE who happens to touch pipelines?", "overview",
     ("software-data-engineer",)),
    ("what is physiotherapist as a job, is it like doctor?", "overview", ("onet:29-1123.00",)),
    ("day in the life of a data engineer pls. is it all airflow babysitting and pager duty", "responsibilities",
     ("data-engineer",)),
    ("Hi! 47, real estate agent in Winnipeg. Thinking of nursing. What's the education path?", "education",
     ("onet:29-1141.00",)),
    ("pharma rep salary australia", "salary", ("onet:41-4011.00",)),
    ("and car salespeople, what do we make on average?", "salary", ("onet:41-2031.00",)),
    ("what do travel agents do day to day now that everyone books on Expedia?", "responsibilities",
     ("onet:41-3041.00",)),
    ("are recruiters ever coming back? 2022 feels like the last good year", "outlook", ("onet:13-1071.00",)),
    ("Explain the AI quality engineering VP role to me like I'm a burned out QA lead", "overview",
     ("ai-quality-engineering-vp",)),
])
def test_the_job_asked_about_among_others_named(engine, message, intent, roles):
    u = engine.understand(message)
    assert (u.intent, u.roles) == (intent, roles)


def test_a_tech_recruiter_introducing_themselves_is_a_greeting(engine):
    u = engine.understand("hey. I was a tech recruiter for 7 years, laid off twice since 2023")
    assert (u.intent, u.own) == ("greeting", ("onet:13-1071.00",))


def test_models_deployed_are_no_fashion_models(engine):
    u = engine.understand("SRE with 6 YOE, k8s, terraform, deployed a couple of models. which AI role is next?")
    assert "onet:41-9012.00" not in u.roles + u.own


def test_a_laughing_remark_after_an_answer_asks_nothing(engine):
    s = Session()
    for m in ("outlook for nlp engineers", "lol the market is cooked"):
        r, s = engine.reply(m, s)
    assert (r.intent, r.roles) == ("unknown", ())


@pytest.mark.parametrize("messages, intent, roles", [
    (["welder 22 years, lungs not great. what jobs are related to welding that are easier on the body?"], "similar",
     ("onet:51-4121.00",)),
    (["QS salary in London"], "salary", ("onet:13-1051.00",)),
    (["data analyst salary", "i'm a QS, could i switch"], "getting_started", ("data-analyst",)),
    (["what does a data engineer do", "lol sounds like plumbing"], "unknown", ()),
])
def test_trades_people_asking(engine, messages, intent, roles):
    s = Session()
    for m in messages:
        r, s = engine.reply(m, s)
    assert (r.intent, r.roles) == (intent, roles)


@pytest.mark.parametrize("message, absent", [
    ("which one needs more extra training", "onet:27-2011.00"),  # 'extra' before a noun: no film extra
    ("I'm a vet nurse, completely burnt out (autistic burnout plus compassion fatigue).", None),
])
def test_everyday_words_are_not_jobs_or_other_words(engine, message, absent):
    u = engine.understand(message)
    if absent:
        assert absent not in u.roles
    else:  # 'compassion' is no misspelt 'commission' (a pay word): the introduction stays one
        assert u.intent == "greeting"


HR_SPECIALISTS, CUSTOMER_SERVICE = "onet:13-1071.00", "onet:43-4051.00"


@pytest.mark.parametrize("message, intent", [
    ("could i get into HR with my bar supervisor experience", "getting_started"),
    ("data analyst, HR or operations: which pays more?", "compare"),
    ("i want to move into human resources, what skills do i need", "skills"),
])
def test_a_department_moved_into_or_weighed_is_its_everyday_job(engine, message, intent):
    u = engine.understand(message)
    assert HR_SPECIALISTS in u.roles and u.intent == intent


@pytest.mark.parametrize("message", ["I work in HR, what does a data analyst do",
                                     "it pays $15/hr or more, is that good for a cashier",
                                     "HR manager here. staying in HR vs moving to data analyst?"])
def test_a_department_worked_in_or_an_hour_names_no_hr_specialist(engine, message):
    assert HR_SPECIALISTS not in engine.understand(message).roles


@pytest.mark.parametrize("message", ["What skills do you need for customer service?",
                                     "will customer service jobs even exist in 5 yrs"])
def test_customer_service_alone_is_the_representatives_job(engine, message):
    assert engine.understand(message).roles == (CUSTOMER_SERVICE,)


def test_the_hr_one_picks_the_hr_job_offered(engine):
    s = Session()
    for text in ("what does an event planner earn?", "what about an HR specialist?", "compare the two"):
        _, s = engine.reply(text, s)
    assert engine.understand("what skills does the HR one need?", s).roles == (HR_SPECIALISTS,)


@pytest.mark.parametrize("message, absent", [
    ("mate how much does a plumber make", "onet:53-5021.00"),  # whom they talk to, not a ship's mate
    ("cheers mate. what does an electrician do?", "onet:53-5021.00"),
    ("was team captain for 8 years, could I be a data analyst?", "onet:53-5021.00"),  # a part in a team
])
def test_a_name_for_the_listener_or_a_team_part_is_no_job(engine, message, absent):
    assert absent not in engine.understand(message).roles


@pytest.mark.parametrize("message, role", [
    ("what does a statistician do in urban planning?", "statistician"),  # where the job works
    ("do hospitals hire data analysts for recruitment?", "data-analyst"),  # what the job is for
])
def test_a_field_beside_a_job_is_its_setting_not_a_second_job(engine, message, role):
    assert engine.understand(message).roles == (role,)


@pytest.mark.parametrize("message, role", [("how do I get into urban planning", "onet:19-3051.00"),
                                           ("fresh grad in petroleum engineering, how do i start?", "onet:17-2171.00")])
def test_a_field_alone_still_names_its_job(engine, message, role):
    assert engine.understand(message).roles == (role,)


def test_the_switch_after_restating_their_job_is_to_the_job_in_context(engine):
    s = Session()
    for text in ("I'm a nurse. what does a health informatics specialist do?",):
        _, s = engine.reply(text, s)
    u = engine.understand("I'm already a nurse, I don't need that. how long would the switch take?", s)
    assert u.roles[0] == "onet:15-1211.01" and u.intent == "getting_started"


@pytest.mark.parametrize("message, role", [
    ("how do I get into facilities management from a trade?", "onet:11-3013.00"),  # Facilities Managers
    ("is supply chain management a good move for a warehouse supervisor?", "onet:11-3071.04"),
    ("could a records officer move into data management?", "data-manager"),  # the curated Data Manager
])
def test_a_field_of_management_names_its_manager(engine, message, role):
    assert role in engine.understand(message).roles


def test_a_management_system_is_software_not_a_manager(engine):
    u = engine.understand("which fleet management software do dispatchers use?")
    assert not any("11-" in r for r in u.roles)


@pytest.mark.parametrize("message, role", [
    ("what does a document controller do on site?", "onet:15-1299.03"),  # 'controller' alone names a thing
    ("do warehouse pickers earn enough to live on?", "onet:53-7065.00"),
    ("is a physician associate the same as a doctor?", "onet:29-1071.00"),
])
def test_an_everyday_title_whose_last_word_names_a_thing_is_its_job(engine, message, role):
    assert role in engine.understand(message).roles


@pytest.mark.parametrize("message, role", [
    ("what do OTs do on a normal shift?", "onet:29-1122.00"),  # a short form's plural typed in capitals
    ("compare that with OT", "onet:29-1122.00"),  # not overtime after 'compare ... with'
    ("jobs similar to massage therapy?", "onet:31-9011.00"),  # a therapy names its therapist
    ("what else is like chiropractic work", "onet:29-1011.00"),
    ("naturopath - real job or not?", "onet:29-1299.01"),  # the named kind, not its 'All Other'
])
def test_therapy_words_name_their_therapists(engine, message, role):
    assert role in engine.understand(message).roles


def test_ot_beside_pay_is_still_overtime(engine):
    assert "onet:29-1122.00" not in engine.understand("do i get OT pay as a nurse").roles


@pytest.mark.parametrize("message, role", [
    ("what do NDT techs earn?", "onet:17-3029.01"),  # the short form of non-destructive testing
    ("how do I become a precision ag technician?", "onet:19-4012.01"),  # 'ag' is agriculture
])
def test_trade_short_forms_name_their_jobs(engine, message, role):
    assert engine.understand(message).roles == (role,)


def test_a_method_of_analysis_is_no_job(engine):
    # 'predictive maintenance' is what the data scientist works on, not Maintenance Workers
    assert engine.understand("what skills does a data scientist need for predictive maintenance work?").roles == (
        "data-scientist",)


@pytest.mark.parametrize("message, role", [
    ("will AI take translating jobs?", "onet:27-3091.00"),       # a kind of work before 'jobs'
    ("is proofreading still a viable career?", "onet:43-9081.00"),
    ("what's close to translating but safe from AI?", "onet:27-3091.00"),
    ("is it better paid than cleaning houses?", "onet:37-2011.00"),
])
def test_a_kind_of_work_said_as_a_line_of_work_names_its_doer(engine, message, role):
    assert role in engine.understand(message).roles


@pytest.mark.parametrize("message", [
    "is building models a good career?",           # a verb with its object
    "I'm close to burning out, what does a nurse practitioner do day to day",
    "is it a growing field?",                      # what the question asks, not growers
    "make me a logo for my cleaning business",
    "any statistician jobs in mining",             # a setting of the job named
])
def test_work_said_as_a_verb_or_a_setting_names_no_other_job(engine, message):
    roles = engine.understand(message).roles
    assert not {"onet:11-9021.00", "onet:45-2092.00", "onet:37-2011.00", "onet:47-5041.00",
                "onet:51-4191.00"} & set(roles)


def test_a_title_of_several_occupations_is_the_one_whose_name_holds_every_word(engine):
    # 'security supervisor' is reported for supervisors of gambling workers and security managers too
    assert engine.understand("how much does a security supervisor get").roles == ("onet:33-1091.00",)


@pytest.mark.parametrize("message, own, asked", [
    ("I've taught secondary maths for twenty years and I'm weighing up a move into statistics or data analysis. "
     "Which of my skills would carry over?", "onet:25-2031.00", ("statistician", "data-analyst")),
    ("I've been teaching primary school for 10 years. how do I become a data analyst?", "onet:25-2021.00",
     ("data-analyst",)),
])
def test_the_job_said_by_what_they_teach_is_their_own(engine, message, own, asked):
    u = engine.understand(message)
    assert u.roles == asked and u.own == (own,)


def test_a_subject_taught_names_no_kind_of_teacher(engine):
    # maths is taught at every level: 'secondary, she teaches maths' answers 'which teacher?' with 'secondary'
    assert "onet:25-2021.00" not in engine.understand("I teach maths, could I become a data analyst?").own


def test_statistics_as_where_they_move_is_the_statistician(engine):
    assert engine.understand("how do I get into statistics?").roles == ("statistician",)
    assert "statistician" not in engine.understand("I have a PhD in statistics, which job should I target?").roles


@pytest.mark.parametrize("message, role", [
    ("how much do loss adjusters earn in the uk", "onet:13-1031.00"),   # British and independent adjusters
    ("how can i become an independent adjuster in texas", "onet:13-1031.00"),
    ("is actuarial a growing field", "onet:15-2011.00"),                 # the field's adjective
])
def test_insurance_names_of_jobs(engine, message, role):
    assert engine.understand(message).roles == (role,)


def test_staying_in_a_field_keeps_it_beside_the_move(engine):
    u = engine.understand("should i stay in actuarial or switch to data science? compare them")
    assert u.roles == ("onet:15-2011.00", "data-scientist")


@pytest.mark.parametrize("message, role", [
    ("how much do longshoremen make in LA", "onet:53-7062.00"),   # a plural in -men is the -man title
    ("how much a wharfie make in sydney these days", "onet:53-7062.00"),
    ("skills needed for air traffic control", "onet:53-2021.00"),  # the work the controller does
    ("how much do bin men get", "onet:53-7081.00"),               # a phrase keeps its own last word
])
def test_transport_and_port_names_of_jobs(engine, message, role):
    assert engine.understand(message).roles == (role,)


def test_their_job_somewhere_here_opening_a_comparison_is_not_compared(engine):
    u = engine.understand("station supervisor on the tube here, data analyst vs bi analyst vs data engineer")
    assert u.roles == ("data-analyst", "business-intelligence-analyst", "data-engineer")


@pytest.mark.parametrize("message, role", [
    ("is phlebotomy well paid", "onet:31-9097.00"),           # the field of an -otomist
    ("sonography school how long", "onet:29-2032.00"),        # the field of an -ographer
])
def test_health_fields_name_their_jobs(engine, message, role):
    assert engine.understand(message).roles == (role,)


def test_geography_is_a_school_subject_not_a_geographer(engine):
    u = engine.understand("what should I study to become a GIS analyst, geography or computer science?")
    assert "onet:19-3092.00" not in u.roles


@pytest.mark.parametrize("message", ["I'm a GS-11 management analyst at a federal agency", "im a band 3 hca"])
def test_a_grade_before_their_job_still_introduces_them(engine, message):
    assert engine.understand(message).intent == "greeting"


@pytest.mark.parametrize("message, role", [
    ("lift engineer salary london", "onet:47-4021.00"),                  # UK and Irish lifts are elevators
    ("what does a bms engineer do", "onet:17-3023.00"),                  # building management systems
    ("fridgie wages in melbourne these days?", "onet:49-9021.00"),
    ("pay for fire alarm engineer in manchester", "onet:49-2098.00"),
    ("tech support or data engineer - which pays more", "onet:15-1232.00"),  # support named by its work
])
def test_building_services_and_support_names_of_jobs(engine, message, role):
    assert role in engine.understand(message).roles


@pytest.mark.parametrize("message", ["wat do they pay in kenya? like in KES pm", "is 45k pa good for a first job"])
def test_pm_and_pa_after_an_amount_or_a_currency_are_periods_not_jobs(engine, message):
    assert not engine.understand(message).roles


@pytest.mark.parametrize("text, role", [
    ("what does a power dispatcher do", "onet:51-8012.00"),     # Power Distributors and Dispatchers
    ("airline pilot salary", "onet:53-2011.00"),
    ("how do I become a gas fitter in Victoria", "onet:47-2152.00"),
])
def test_a_qualifier_that_names_one_occupation_with_the_title_picks_it(engine, text: str, role: str):
    assert engine.understand(text).roles == (role,)


@pytest.mark.parametrize("text", ["demand for OT security analysts", "want to get into OT cyber",
                                  "my boiler is banging, can you send a gas engineer"])
def test_ot_beside_security_and_a_service_asked_name_no_job(engine, text: str):
    u = engine.understand(text)
    assert "onet:29-1122.00" not in u.roles and (u.intent != "unknown" or not u.roles)


@pytest.mark.parametrize("text", ["what equipment does a nail tech need to start",
                                  "what gear does a wedding photographer need to start out"])
def test_a_trades_equipment_is_asked_as_tools(engine, text: str):
    assert engine.understand(text).intent == "tools"


@pytest.mark.parametrize("text, role", [
    ("how much harbour pilot earns in UK", "onet:53-5021.00"),   # O*NET spells it 'harbor'
    ("how much do fibre splicers make in Ireland", "onet:49-9052.00"),  # 'fiber': two letters before -bre
    ("2nd engineer salary", "onet:53-5031.00"),                  # a ship's rank
    ("3rd officer salary container ship?", "onet:53-5021.00"),
    ("what does a buyer do for a supermarket", "onet:13-1022.00"),
])
def test_british_spellings_and_ships_ranks_find_their_occupations(engine, text: str, role: str):
    assert engine.understand(text).roles == (role,)


@pytest.mark.parametrize("text, role", [
    ("how to become a prison governor", "onet:11-1021.00"),
    ("youth justice worker skills", "onet:21-1092.00"),        # not a judge ('justice')
    ("custody officer job description", "onet:33-3012.00"),
    ("substance misuse worker what do they do", "onet:21-1011.00"),
])
def test_prison_and_probation_words_find_their_occupations(engine, text: str, role: str):
    assert engine.understand(text).roles == (role,)


@pytest.mark.parametrize("text, role", [
    ("telecom lineman salary", "onet:49-9052.00"),    # not the power lineworkers a bare 'lineman' is
    ("power lineman salary", "onet:49-9051.00"),
    ("family doctor salary in Canada?", "onet:29-1215.00"),
])
def test_a_word_before_a_title_that_one_titled_occupation_has_in_its_name_settles_it(engine, text: str, role: str):
    assert engine.understand(text).roles == (role,)


@pytest.mark.parametrize("said, then, role", [
    ("im a correctional officer", "and supervisors?", "onet:33-1011.00"),
    ("tower climber here", "how do i become a supervisor", "onet:49-1011.00"),
    ("I work as a cashier", "what does a team leader earn", "onet:41-1011.00"),
    ("what does a forklift driver earn", "and the supervisor?", "onet:53-1043.00"),
])
def test_a_supervisor_is_of_the_job_in_context(chat, said: str, then: str, role: str):
    chat.say(said)
    assert chat.say(then).roles == (role,)


def test_a_supervisor_of_workers_named_after_it_is_theirs(engine):
    assert engine.understand("soft skills for team leader over electricians?").roles == ("onet:47-1011.00",)


def test_a_supervisor_without_a_job_in_context_is_not_guessed(engine):
    assert engine.understand("how do i become a supervisor").roles == ()


@pytest.mark.parametrize("text", ["how much do architects earn in the UK after Part 3",
                                  "interior designer vs architect, which pays more",
                                  "what does an architect who designs houses do? not the computer kind",
                                  "what do architects need to study? buildings not data"])
def test_an_architect_among_words_of_buildings_is_the_building_architect(engine, text: str):
    assert engine.understand(text).roles[-1:] == ("onet:17-1011.00",)


@pytest.mark.parametrize("text", ["what does an architect earn? the tech kind not buildings",
                                  "our CIO says we need an architect for the data platform. what does an architect do?",
                                  "architect salary"])
def test_an_architect_in_tech_or_without_context_is_asked_which(engine, text: str):
    u = engine.understand(text)
    assert not u.roles and {"data-architect", "ai-architect"} <= set(u.candidates)


def test_the_building_kind_answers_which_architect(chat):
    chat.say("architect salary")
    assert chat.say("the building kind, RIBA chartered").roles == ("onet:17-1011.00",)


def test_a_supervisor_weighed_by_someone_in_the_trade_is_their_trades(engine):
    u = engine.understand("fibre splicer 20 yrs, should i go supervisor or team leader")
    assert u.roles == ("onet:49-1011.00",)


def test_would_a_supervisor_earn_more_than_me_compares_the_supervisors_with_the_own_job(chat):
    chat.say("I'm a fibre splicer")
    chat.say("what does a NOC technician earn")
    u = chat.say("i clear about 45k a year. would a supervisor earn more than that")
    assert (u.intent, u.roles) == ("compare", ("onet:49-1011.00", "onet:49-9052.00"))


def test_a_bim_manager_is_a_manager_not_a_drafter(engine):
    assert engine.understand("what does a BIM manager do").roles == ("onet:11-9041.00",)


@pytest.mark.parametrize("earlier, then", [
    ("what does a NOC technician earn", "what about team leader"),      # NOC jobs have no supervisors of their own
    ("what does a NOC technician earn", "i said supervisor not noc ffs"),
])
def test_a_supervisor_after_a_job_without_supervisors_is_of_the_own_job(chat, earlier: str, then: str):
    chat.say("im a fibre splicer in leeds")
    chat.say(earlier)
    assert chat.say(then).roles == ("onet:49-1011.00",)


@pytest.mark.parametrize("then", ["would a supervisor earn more than me", "do plumbers make more than what i make now"])
def test_more_than_me_compares_with_the_own_job(chat, then: str):
    chat.say("fibre splicer 20 yrs")
    u = chat.say(then)
    assert (u.intent, u.roles[1:], u.aspect) == ("compare", ("onet:49-9052.00",), "salary")


@pytest.mark.parametrize("then", ["will my license count in canada?",
                                  "do i have to write exams again if i move to the uk"])
def test_the_own_licence_is_of_the_own_job_not_the_job_discussed(chat, then: str):
    chat.say("im a nurse in manila")
    chat.say("what does a data analyst earn")
    assert chat.say(then).roles == ("onet:29-1141.00",)


@pytest.mark.parametrize("text, role", [
    ("secondary school math teacher salary", "onet:25-2031.00"),   # past 'school', which the kinds' names share
    ("middle school maths teacher salary", "onet:25-2022.00"),
])
def test_a_qualifier_before_a_shared_title_settles_it(engine, text: str, role: str):
    assert engine.understand(text).roles == (role,)


@pytest.mark.parametrize("text, role", [
    ("how do I become a chemistry teacher at a secondary school", "onet:25-2031.00"),
    ("physics teacher in high school, what else could I do", "onet:25-2031.00"),
    ("math teacher at a middle school pay", "onet:25-2022.00"),
    ("chemistry teacher salary", "onet:25-1052.00"),   # no level said: the title's own occupation
    ("chemistry teacher at a special school salary", "onet:25-1052.00"),   # a school of no one level
])
def test_the_school_level_after_a_teacher_title_settles_it(engine, text: str, role: str):
    assert engine.understand(text).roles == (role,)


@pytest.mark.parametrize("text, role", [
    ("what does a deckhand on a fishing boat earn", "onet:45-3031.00"),   # 'fishing' names Fishing Workers
    ("deckhand on a ferry pay", "onet:53-5011.00"),   # no other sharer named: the one employing most
    ("deckhand salary", "onet:53-5011.00"),
    ("duties of a continuous miner operator in underground coal", "onet:47-5041.00"),   # its own name's words
])
def test_a_title_several_occupations_report_is_settled_by_the_place_next_to_it(engine, text: str, role: str):
    assert engine.understand(text).roles == (role,)


@pytest.mark.parametrize("text, roles", [
    ("im thinking between clinical informatics and nurse educator", ("onet:15-1211.01", "onet:25-1072.00")),
    ("heating and air conditioning mechanic pay", ("onet:49-9021.00",)),   # a title whose own words hold 'and'
    ("architect of data and architect of AI - difference?", ("data-architect", "ai-architect")),
])
def test_a_title_across_and_does_not_cut_the_next_job_in_two(engine, text: str, roles: tuple[str, ...]):
    assert engine.understand(text).roles == roles


def test_a_word_no_occupation_is_named_with_is_not_skipped(engine):
    assert engine.understand("chief vibes officer what do they do").roles == ()


def test_a_coroners_officer_is_one_job_not_a_police_officer_too(engine):
    assert engine.understand("coroner's officer vs police detective").roles == ("onet:13-1041.06", "onet:33-3021.00")


@pytest.mark.parametrize("text", ["data analyst vs data engineer vs data scientist for a 40 year old landscaper",
                                  "RN vs LPN for someone who's already a hospice aide"])
def test_the_person_the_jobs_are_weighed_for_is_not_compared(engine, text: str):
    u = engine.understand(text)
    assert u.intent == "compare" and not {"onet:37-3011.00", "onet:31-1121.00"} & set(u.roles)


def test_a_line_of_work_is_no_lineworker(engine):
    assert engine.understand("how do I get into that line of work?").roles == ()


# The titles the blind sets of the twenty-first session (133-144) found missing: funerals and grounds, repair
# trades, customs and performance, video games, front-line selling, airports and universities.
@pytest.mark.parametrize("text, role", [
    ("funeral director skills", "onet:39-4031.00"),          # in the UK, who arranges and conducts funerals
    ("crem operator pay uk", "onet:39-4012.00"),
    ("pallbearer pay per funeral in Ghana", "onet:39-4021.00"),
    ("mortuary assistant salary nhs band?", "onet:31-9099.00"),
    ("is embalming a dying trade", "onet:39-4011.00"),
    ("greenkeeper wages Ireland", "onet:37-3011.00"),
    ("head greenkeeper salary UK", "onet:37-1012.00"),
    ("is there future in watch repair", "onet:49-9064.00"),       # 'X repair' names X repairers
    ("jobs close to appliance repair", "onet:49-9031.00"),
    ("watchmaker salary germany brutto", "onet:49-9064.00"),       # a watchmaker repairs watches
    ("bench jeweller meaning?", "onet:51-9071.00"),                # British 'jeweller'
    ("AV technician salary uk", "onet:27-4011.00"),
    ("what does a calibration technician do?", "onet:17-3028.00"),  # its own occupation, not a bigger sibling
    ("what does a groundsman do?", "onet:37-3011.00"),             # a bigger sibling still wins over a stray title
    ("what is a clearing agent's salary in Mombasa, KES", "onet:13-1041.08"),
    ("what does a customs declarant earn in Rotterdam?", "onet:13-1041.08"),
    ("skills for export sales rep?", "onet:41-4012.00"),
    ("casting director salary UK", "onet:27-2012.04"),
    ("how much do fashion models make in Paris vs Milan", "onet:41-9012.00"),
    ("will AI replace dubbing artists in Japan?", "onet:27-2011.00"),
    ("how much do acting coaches make? the private kind", "onet:25-3021.00"),
    ("narrative designer what is it", "onet:15-1255.01"),
    ("esports coach salary", "onet:27-2022.00"),
    ("pro gamer outlook lol is that even a job", "onet:27-2021.00"),
    ("how to become a game producer", "onet:27-2012.00"),
    ("localization tester, is it a real career or a dead end", "onet:15-1253.00"),
    ("sales rep for FMCG company like nestle or unilever, salary in ghana", "onet:41-4012.00"),
    ("retail sales rep pay", "onet:41-2031.00"),          # a shop's sales rep stays a retail salesperson
    ("medical rep job pakistan requirements, need pharm-d?", "onet:41-4011.00"),
    ("procurement officer salary kenya", "onet:13-1023.00"),
    ("telemarketing future with AI calling robots", "onet:41-9041.00"),
    ("how much does a TSA officer make starting out", "onet:33-9093.00"),
    ("self bag drop machines everywhere now.. is check-in agent a dying job?", "onet:43-4181.00"),
    ("ok. aircraft fueller in istanbul salary", "onet:53-6032.00"),
    ("AME salary in india per month", "onet:49-3011.00"),
    ("academic adviser qualifications UK", "onet:21-1012.00"),
    ("Learning technologist salary UK?", "onet:25-9031.00"),
    # imaging and diagnostic labs (the twenty-third session's sets 151-152), and home services
    ("dosimetrist daily tasks", "onet:29-2036.00"),       # Medical Dosimetrists, not the radiation therapists
    ("histotech pay per hour", "onet:29-2011.04"),
    ("skills for cytotech", "onet:29-2011.02"),
    ("skills for nuc med tech", "onet:29-2033.00"),       # not a 'med tech'
    ("xray tech salary", "onet:29-2034.00"),
    ("similar roles to MLT", "onet:29-2012.00"),
    ("What is normal MLS salary in Saudi Arabia?", "onet:29-2011.00"),   # not the plural of 'ML'
    ("home inspector license ontario", "onet:47-4011.00"),
    ("chimney sweep pay uk", "onet:37-2019.00"),
    ("pressure washing pay", "onet:51-9192.00"),
    ("how to get into garage door installation", "onet:49-9011.00"),
])
def test_names_of_jobs_of_the_populations(engine, text: str, role: str):
    assert engine.understand(text).roles == (role,)


@pytest.mark.parametrize("message, intent, roles", [
    ("what is a AI engineer, is it same as programmer?", "overview", ["ai-engineer"]),
    ("what does a lead ML engineer do differently from a regular ML engineer", "compare",
     ["lead-machine-learning-engineer", "machine-learning-engineer"]),
    ("Are petroleum engineers still going to be needed with the energy transition?", "outlook", ["onet:17-2171.00"]),
    ("what does a wellsite geologist do all hitch", "responsibilities", ["onet:19-2042.00"]),
    ("control room op at a nuclear plant, mlops skills?", "skills", ["mlops-engineer"]),
    ("driller pay per day north dakota", "salary", ["onet:47-5012.00"]),
    ("the co op is hiring", "outlook", []),
])
def test_second_questions_the_energy_transition_shifts_and_plant_jobs(engine, message, intent, roles):
    """'what is X, is it the same as Y?' asks what X is first; 'the energy transition' is no career move; a shift
    or hitch is the working day; a job said first with where it is done is the person's own."""
    u = engine.understand(message)
    assert (u.intent, list(u.roles)) == (intent, roles)


@pytest.mark.parametrize("message, intent", [("Goeie more", "greeting"), ("sain baina uu", "greeting"),
                                             ("gomawoyo", "thanks")])
def test_hellos_and_thanks_of_more_languages(engine, message, intent):
    assert engine.understand(message).intent == intent


@pytest.mark.parametrize("message, intent, roles", [
    ("no i dont ask about job growth. what does AI engineer do, can he make route planning automatic?", "overview",
     ["ai-engineer"]),
    ("what else can i do with my welding background", "similar", ["onet:51-4121.00"]),
    ("forget the salary, what skills does a data analyst need", "skills", ["data-analyst"]),
    ("what does a data engineer make", "salary", ["data-engineer"]),
])
def test_topics_set_aside_ask_nothing(engine, message, intent, roles):
    """'i dont ask about job growth', 'forget the salary' set the topic aside; a wildcard of a phrase does not
    reach into the next question ('what does X do, can he make ...' asks no pay) but 'can I' stays inside one."""
    u = engine.understand(message)
    assert (u.intent, list(u.roles)) == (intent, roles)


@pytest.mark.parametrize("message, intent, roles", [
    ("how to get into MRI as an xray tech", "getting_started", ["onet:29-2035.00"]),   # a modality is its job
    ("I'm torn between MRI and nuclear medicine. Which one pays more?", "compare",
     ["onet:29-2035.00", "onet:29-2033.00"]),
    ("what is an MRI scan", "unknown", []),
])
def test_an_imaging_field_moved_into_is_its_technologists(engine, message, intent, roles):
    u = engine.understand(message)
    assert (u.intent, list(u.roles)) == (intent, roles)


@pytest.mark.parametrize("message, intent, roles", [
    ("My cousin in Warsaw went from warehouse work to data engineer and now he earns more than my whole crew. "
     "I clean gutters. What is a data engineer exactly?", "overview", ["data-engineer"]),
    ("What is a BI analyst? Tried googling and got 40 different answers, and the pay they quote is all over the "
     "place", "overview", ["business-intelligence-analyst"]),
    ("would graphic designer be a better gig? whats the pay", "salary", ["onet:27-1024.00"]),
])
def test_the_story_around_a_question_is_its_context(engine, message, intent, roles):
    """Topic words of the sentences around the one question that names a job count half: the story is context;
    a second question after it is still asked."""
    u = engine.understand(message)
    assert (u.intent, list(u.roles)) == (intent, roles)


@pytest.mark.parametrize("message, intent, own", [
    ("salary of data scientist here in philippines po", "salary", []),   # 'here' is where, the topic said first
    ("good evening, night shift signaller here", "greeting", ["onet:47-2061.00"]),
    ("legend", "thanks", []),
])
def test_here_after_a_topic_is_a_place_not_an_introduction(engine, message, intent, own):
    u = engine.understand(message)
    assert (u.intent, list(u.own)) == (intent, own)


@pytest.mark.parametrize("message, intent, roles", [
    ("I want an office job. Estimator, dispatcher or data analyst, which makes sense?", "compare",
     ["onet:13-1051.00", "onet:43-5032.00", "data-analyst"]),   # no 'job estimator' across the full stop
    ("data analyst vs data engineer vs BI analyst for someone who does dispatch", "compare",
     ["data-analyst", "data-engineer", "business-intelligence-analyst"]),   # whom they are weighed for
    ("alarm installer learning python, can i be a data engineer", "getting_started", ["data-engineer"]),
    ("carpet cleaner with bad knees want office job, data entry or customer service easier?", "compare",
     ["onet:43-9021.00", "onet:43-4051.00"]),
    ("analytics engineer - what is it in plain english pls, im a legal PA not techy", "overview",
     ["analytics-engineer"]),   # the job said first is the one asked about
])
def test_the_persons_own_job_said_first_and_the_jobs_asked(engine, message, intent, roles):
    u = engine.understand(message)
    assert (u.intent, list(u.roles)) == (intent, roles)


@pytest.mark.parametrize("message", [
    "I found a lump in my breast, can I get a mammogram without a GP referral?",
    "my knee hurts after running, do i need an MRI or xray",
    "my dog needs an x-ray how much does a vet charge",
    "How much would you charge to clean them inside and out?",
])
def test_the_persons_own_care_or_a_price_asked_of_the_bot_is_no_career_question(engine, message):
    assert engine.understand(message).intent == "unknown"


@pytest.mark.parametrize("message, roles", [
    ("I'm torn between MRI and nuclear medicine. Which one pays more?", ["onet:29-2035.00", "onet:29-2033.00"]),
    ("nuc med vs rad therapy, which has better outlook", ["onet:29-2033.00", "onet:29-1124.00"]),
    ("what does a mammographer earn", ["onet:29-2034.00"]),
])
def test_imaging_jobs_by_their_modalities(engine, message, roles):
    assert list(engine.understand(message).roles) == roles


def test_a_correction_to_a_modality_is_its_technologists(chat):
    chat.say("what does a sonographer do")
    u = chat.say("no I meant MRI")
    assert list(u.roles) == ["onet:29-2035.00"]


@pytest.mark.parametrize("message, intent", [
    ("do u need ARRT to be a CT tech", "education"),
    ("is NABCEP needed for solar installer", "education"),
    ("do appliance repairers need EPA 608", "education"),
    ("Do NOC techs need programming or just networking?", "skills"),   # the capitals name the job
    ("how do I get started as a dental hygienist in dubai, need a DHA license?", "getting_started"),
])
def test_a_credential_in_capitals_needed_for_a_job_asks_its_education(engine, message, intent):
    assert engine.understand(message).intent == intent


@pytest.mark.parametrize("message, roles", [
    ("who hires locksmiths besides residential, like hospitals, schools, car dealers?", ["onet:49-9094.00"]),
    ("besides banks, who hires loan officers?", ["onet:13-2072.00"]),   # the list ended; who is hired
    ("do hospitals hire people like data analysts", ["data-analyst"]),   # likened: the job asked
])
def test_jobs_listed_as_employers_are_not_the_job_asked(engine, message, roles):
    assert list(engine.understand(message).roles) == roles


def test_a_follow_up_for_people_of_a_job_in_a_place_is_no_introduction(chat):
    chat.say("whats the outlook for pest control workers")
    u = chat.say("and for exterminators in canada")
    assert (u.intent, list(u.roles)) == ("outlook", ["onet:37-2021.00"])


@pytest.mark.parametrize("then, intent", [("what jobs are like it", "similar"), ("is it seasonal work", "outlook")])
def test_follow_ups_on_the_job_in_context(chat, then, intent):
    chat.say("what do fence installers make")
    u = chat.say(then)
    assert (u.intent, list(u.roles)) == (intent, ["onet:47-4031.00"])


@pytest.mark.parametrize("text, role", [
    ("PT salary in texas", "onet:29-1123.00"),
    ("How much do travel PTs make a week?", "onet:29-1123.00"),   # a short form after a working term
    ("SLPA?", "onet:31-9099.01"),
    ("how much do travel RTs make now after covid", "onet:29-1126.00"),
    ("what does a rehab director earn", "onet:11-9111.00"),
    ("kinesiologist", "onet:29-1128.00"),
    ("how much do PT professors make", "onet:25-1071.00"),
    ("how to get into UX research", "onet:15-1255.00"),
])
def test_names_of_rehabilitation_jobs(engine, text: str, role: str):
    assert engine.understand(text).roles == (role,)


@pytest.mark.parametrize("message, intent", [
    ("how long is the schooling for a PT", "education"),
    ("radiologist how many years study", "education"),
    ("how long does it take to become a data analyst", "getting_started"),
    ("SLP work settings", "industries"),
    ("which settings hire OTs? SNF, schools, IP rehab, what else", "industries"),
    ("my son is 2 and has a speech delay, what should i do", "unknown"),   # a small child's care
    ("my son is 12, what job would suit him", "recommend"),
])
def test_schooling_settings_and_a_small_childs_care(engine, message, intent):
    assert engine.understand(message).intent == intent


def test_a_hire_decision_keeps_the_three_and_reads_what_the_hire_is_for(engine, chat):
    message = ("my wife did phones and invoices for my pool company 5 techs shes leaving who do i hire first "
               "dispatcher office admin or bookkeeper")
    u = engine.understand(message)
    assert (u.intent, list(u.roles), u.aspect) == (
        "compare", ["onet:43-5032.00", "onet:43-6014.00", "onet:43-3031.00"], None)   # a decision, not employers
    assert "telephones" in chat.text(message).split("\n")[0]   # the phones decide it, in O*NET's words


def test_a_job_echoed_in_a_complaint_is_dropped_and_the_choice_kept(engine):
    u = engine.understand("passenger attendants?? what are u talking about. dispatcher or office admin or bookkeeper "
                          "which one first")
    assert list(u.roles) == ["onet:43-5032.00", "onet:43-6014.00", "onet:43-3031.00"]


def test_first_in_time_picks_nothing_from_a_list_shown(chat):
    chat.say("what does a dispatcher do")
    chat.say("could AI do the scheduling instead of hiring somebody")
    u = chat.say("bottom line who do i hire first for 5 techs")
    assert not any(r.startswith("onet:53") for r in u.roles)   # '5' and 'first' pick no listed occupation


@pytest.mark.parametrize("message, roles", [
    ("PACS is the picture archiving system in radiology, not database admin", []),   # 'not' after a field
    ("what skills does a marketing analyst need (not data analyst — marketing analyst specifically)",
     ["onet:13-1161.00"]),
    ("nursing not data science", ["onet:29-1141.00", "data-scientist"]),   # two jobs weighed
    ("what does a PACS administrator do", ["onet:15-1211.01"]),   # the radiology image archive's keeper
])
def test_not_before_a_job_sets_it_aside_unless_two_are_weighed(engine, message, roles):
    assert list(engine.understand(message).roles) == roles


@pytest.mark.parametrize("text, role", [
    ("mountain guide pay chamonix", "onet:39-7011.00"),
    ("how much do fishing guides make in montana", "onet:39-7011.00"),
    ("divemaster", "onet:39-7011.00"),
    ("dive instructor salary thailand", "onet:25-3021.00"),   # not the nursing instructors
    ("ski patrol pay in utah", "onet:33-9092.00"),
    ("what does a marina manager deal with day to day", "onet:11-9072.00"),
    ("psia level 2 worth it?", "onet:25-3021.00"),   # a certification only one occupation holds names it
    ("IFMGA how many years", "onet:39-7011.00"),
])
def test_names_of_outdoor_recreation_jobs_and_their_tickets(engine, text: str, role: str):
    assert engine.understand(text).roles == (role,)


@pytest.mark.parametrize("message, intent", [
    ("I'm a seasonal ranger at Glacier NP", "greeting"),   # 'seasonal' describes the job, asks nothing
    ("is tax preparing only seasonal?", "outlook"),
])
def test_seasonal_asks_whether_the_work_lasts_only_when_asked(engine, message, intent):
    assert engine.understand(message).intent == intent


@pytest.mark.parametrize("message, intent, roles", [
    ("how to be PT in US from Philippines", "getting_started", ["onet:29-1123.00"]),   # a short form after 'be'
    ("hiya, caddie at a links course in Fife here", "greeting", []),   # a golf links, no course of study
])
def test_short_forms_after_be_and_a_golf_links(engine, message, intent, roles):
    u = engine.understand(message)
    assert (u.intent, list(u.roles)) == (intent, roles)


@pytest.mark.parametrize("message, intent, roles", [
    ("as a nurse, can i work as a data analyst", "getting_started", ["data-analyst"]),   # 'can I work as': a wish
    ("i work as a nurse, how do i become a data analyst", "getting_started", ["data-analyst"]),
    ("quels métiers tu connais?", "list_roles", []),
    ("comment ça marche ce bot?", "help", []),
    ("Data Scientist oder Physio, was verdient mehr?", "compare", ["data-scientist", "onet:29-1123.00"]),
])
def test_work_as_wished_and_french_and_german_ways_of_asking(engine, message, intent, roles):
    u = engine.understand(message)
    assert (u.intent, list(u.roles)) == (intent, roles)


@pytest.mark.parametrize("text, role", [
    ("what does a realtime captioner do all day, is it just typing?", "onet:27-3092.00"),
    ("What is a CART writer? Is it a proper job?", "onet:27-3092.00"),
    ("how do I get into captioning from home?", "onet:27-3092.00"),
    ("How much does a teacher of the deaf earn in Ireland?", "onet:25-2058.00"),
    ("voc rehab counselor salary texas", "onet:21-1015.00"),
    ("a11y tester need coding?", "onet:15-1253.00"),
    ("NAATI certification for Auslan interpreting, which level do I need?", "onet:27-3091.00"),
])
def test_names_of_deaf_services_and_accessibility_jobs(engine, text: str, role: str):
    assert engine.understand(text).roles == (role,)


@pytest.mark.parametrize("message, intent, roles", [
    ("At the conference a woman presented her work on sign language translation models, and her title was AI "
     "research scientist. What does an AI research scientist do, exactly?", "overview", ["ai-research-scientist"]),
    ("What is a machine learning engineer? I translate Japanese manga for a living so please be gentle.",
     "overview", ["machine-learning-engineer"]),   # an off-topic word of the story, not of the question
    ("computer vision engineer - is that the cctv face recognition stuff? what do they do", "overview",
     ["computer-vision-engineer"]),   # what a model recognises, no recognition of a degree
    ("translate nurse into Polish", "unknown", []),
])
def test_off_topic_words_and_recognition_in_the_story_around_a_job_question(engine, message, intent, roles):
    u = engine.understand(message)
    assert (u.intent, list(u.roles)) == (intent, roles)


@pytest.mark.parametrize("text, role", [
    ("whats an A&R", "onet:27-2012.04"),   # one word, not 'a', 'and' and R the language
    ("python or R for a statistician", "statistician"),
    ("how much do guitar teachers make per lesson usually", "onet:25-3021.00"),
    ("how much does a high school music teacher make in Texas", "onet:25-2031.00"),   # the level before
    ("brass tech", "onet:49-9063.00"),
    ("how to get into studio work as an assistant engineer in London", "onet:27-4014.00"),
    ("how do i get into software development", "onet:15-1252.00"),
])
def test_names_of_music_jobs(engine, text: str, role: str):
    assert engine.understand(text).roles == (role,)


@pytest.mark.parametrize("message", ["where can i buy tickets for Burna Boy in London",
                                     "transpose Amazing Grace to G for me"])
def test_tickets_and_chords_are_no_career_questions(engine, message):
    assert engine.understand(message).intent == "unknown"


@pytest.mark.parametrize("text, roles", [
    ("quanto ganha um editor de vídeo no Brasil? em reais", ["onet:27-4032.00"]),   # 'X de Y': 'Y X'
    ("ingeniero de datos", ["data-engineer"]),
    ("e cientista de dados?", ["data-scientist"]),
    ("what about data engineers, do mines hire them", ["data-engineer"]),   # English 'do' is no 'de'
    ("is community manager a real job? what is it", ["onet:11-2032.00"]),
    ("how to get into PR", ["onet:27-3031.00"]),
    ("satellite operator what is it", ["onet:17-3021.00"]),
    ("remote sensng jobs kenya future", ["onet:19-2099.01"]),
    ("looking for a thumbnail designer for my channel, $15 per thumbnail, dm me", []),   # an advert
])
def test_creator_and_space_jobs_and_spanish_and_portuguese_names(engine, text, roles):
    assert list(engine.understand(text).roles) == roles


@pytest.mark.parametrize("message, intent", [
    ("She adores animals - feeding them, cleaning out cages, walking the dogs. What's a realistic job for her?",
     "recommend"),   # asked for someone in their care
    ("my son is 17 and good at math. is data science a good career for him?", "outlook"),   # a job named
    ("NAATI certification for Auslan interpreting, which level do I need?", "education"),   # no 'ahlan' hello
])
def test_a_job_for_someone_in_their_care_and_sign_languages(engine, message, intent):
    assert engine.understand(message).intent == intent


@pytest.mark.parametrize("text, roles", [
    ("security engineer vs soc analyst", ["onet:15-1299.05", "onet:15-1212.00"]),   # not alarm installers
    ("cuánto gana un analista de ciberseguridad en méxico", ["onet:15-1212.00"]),
    ("what is a GRC analyst", ["onet:13-1041.00"]),
    ("ciso salary", ["onet:11-3021.00"]),
    ("DFIR vs SOC analyst which pays more", ["onet:15-1299.06", "onet:15-1212.00"]),
    ("SOC code and a short description for bookkeepers, please.", ["onet:43-3031.00"]),   # a classification
])
def test_names_of_cybersecurity_jobs(engine, text, roles):
    assert list(engine.understand(text).roles) == roles


@pytest.mark.parametrize("text, role", [
    ("MRP controller what is", "onet:43-5061.00"),
    ("inventory controller wage", "onet:43-5061.00"),
    ("how to become S&OP manager", "onet:11-3071.04"),
    ("contract specialist in government, what is that job", "onet:13-1023.00"),   # not a legal secretary's work
    ("purchasing agent vs data analyst - which has better job outlook in the US?", "onet:13-1023.00"),
])
def test_names_of_supply_chain_jobs(engine, text: str, role: str):
    assert engine.understand(text).roles[0] == role


@pytest.mark.parametrize("text, roles", [
    ("AE OTE in London?", ["onet:41-4012.00"]),                         # beside OTE, an account executive
    ("I'm an AE with 5 years in SaaS, how do I become a data analyst?", ["data-analyst"]),
    ("DE vs AE", ["data-engineer", "analytics-engineer"]),              # among data jobs, an analytics engineer
    ("what tools does an AE use", ["analytics-engineer"]),
    ("SDR vs BDR", ["onet:41-4012.00", "onet:41-3091.00"]),
    ("what does a VP of sales do", ["onet:11-2022.00"]),
    ("What's a solutions consultant?", ["onet:41-9031.00"]),
    ("revops analyst??", ["onet:15-2031.00"]),
    ("what does a stockbroker do nowadays", ["onet:41-3031.00"]),
])
def test_names_of_sales_jobs(engine, text, roles):
    assert list(engine.understand(text).roles) == roles


def test_an_ae_after_sales_jobs_is_an_account_executive(engine):
    _, session = engine.reply("will AI replace SDRs?", Session())
    assert list(engine.understand("what about AEs?", session).roles) == ["onet:41-4012.00"]


@pytest.mark.parametrize("text, roles", [
    ("mechanical vs electrical engineer pay", ["onet:17-2141.00", "onet:17-2071.00"]),   # one 'engineer' for two
    ("mechanical or civil engineering, which pays more", ["onet:17-2141.00", "onet:17-2051.00"]),
    ("health and safety officer", ["onet:19-5011.00"]),                   # one job, not a health officer too
    ("compliance manager at a bank vs data governance manager", ["onet:11-9199.02", "data-governance-manager"]),
    ("controls engineer industries", ["onet:17-2071.00"]),                 # (the sets accept either)
    ("HVAC design engineer salary in UAE", ["onet:17-2141.00"]),
    ("what does a site engineer do day to day", ["onet:17-2051.00"]),
])
def test_names_of_engineering_jobs(engine, text, roles):
    assert list(engine.understand(text).roles) == roles


@pytest.mark.parametrize("text, roles", [
    ("consultant anaesthetist pay", ["onet:29-1211.00"]),                 # a doctor's grade, not a consultancy
    ("management consultant salary", ["onet:13-1111.00"]),
    ("compare GP and psychiatry", ["onet:29-1215.00", "onet:29-1223.00"]),
    ("what are the daily tasks of an emergency medicine doctor", ["onet:29-1214.00"]),
    ("SHO duties", ["onet:29-1216.00"]),
    ("CMIO or AI product manager which pays more", ["onet:15-1211.01", "ai-product-manager"]),
    ("pt 67M SOB and bilateral ankle swelling, BNP 900, next step?", []),   # a patient, not a physical therapist
])
def test_names_of_doctors_jobs(engine, text, roles):
    assert list(engine.understand(text).roles) == roles


@pytest.mark.parametrize("text, roles", [
    ("captain salary emirates", ["onet:53-2011.00"]),                    # among airline words, a pilot
    ("ship captain salary", ["onet:53-5021.00"]),
    ("FO pay at regionals", ["onet:53-2011.00"]),
    ("How do I become a cabin crew member?", ["onet:53-2031.00"]),
    ("M&E specialist salary Nairobi", ["onet:13-1111.00"]),               # monitoring and evaluation
    ("econ lecturer responsibilities besides teaching", ["onet:25-1063.00"]),
])
def test_names_of_flying_and_research_jobs(engine, text, roles):
    assert list(engine.understand(text).roles) == roles


@pytest.mark.parametrize("text", ["is there still pilot shortage", "AI will replace pilot?"])
def test_a_bare_pilot_in_a_question_about_the_job_is_asked_back(engine, text):
    assert set(engine.understand(text).candidates) == {"onet:53-2011.00", "onet:53-2012.00"}


@pytest.mark.parametrize("message", [
    "my flight is delayed 6 hours in Istanbul, what compensation can I get",
    "hola, can you share my survey with your users? it's about informal work in Medellín",
    "please share my questionnaire with your users, it's about job satisfaction among data scientists",
    "can u do my econ problem set on supply and demand",
    "how much is a solidworks license",
    "did you see the news about the fake locksmith scam in Manchester",
    "my mum needs a good cardiologist in Lahore, any recommendation?",
    "any good pest control companies near orlando",
    "best hacker movies like mr robot?",
])
def test_claims_surveys_homework_and_prices_are_no_career_questions(engine, message):
    assert engine.understand(message).intent == "unknown"


@pytest.mark.parametrize("message, intent", [
    ("did you see the news that AI will replace radiologists?", "outlook"),   # the news, and a question on it
    ("what a good nurse needs apart from clinical stuff, for UK NHS interviews", "skills"),
    ("is a good data analyst in Lagos paid well", "salary"),
])
def test_a_question_beside_the_news_or_a_good_one_is_still_asked(engine, message, intent):
    assert engine.understand(message).intent == intent


@pytest.mark.parametrize("text, roles", [
    ("what does an SRE do", ["onet:15-1252.00"]),
    ("tech lead responsibilities?", ["onet:15-1252.00"]),
    ("which industries hire embedded developers", ["onet:15-1252.00"]),
    ("average salary for a frontend dev straight out of uni", ["onet:15-1254.00"]),
])
def test_names_developers_call_themselves(engine, text, roles):
    assert list(engine.understand(text).roles) == roles


def test_a_code_review_asked_for_is_no_career_question(engine):
    assert engine.understand("I just opened a PR at work. Can you review it if I paste it here?").intent == "unknown"


@pytest.mark.parametrize("text, roles", [
    ("scaffolder salary uk", ["onet:47-2031.00"]),
    ("how do i become a digger driver", ["onet:47-2073.00"]),
    ("what does a painter earn, walls and ceilings", ["onet:47-2141.00"]),   # among building words, a painter
    ("how about a superintendent on a construction site", ["onet:11-9021.00"]),
])
def test_names_of_construction_jobs(engine, text, roles):
    assert list(engine.understand(text).roles) == roles


def test_a_painter_after_building_jobs_paints_buildings(engine):
    _, session = engine.reply("plasterer salary in the uk", Session())
    assert list(engine.understand("no sorry i meant a painter", session).roles) == ["onet:47-2141.00"]


@pytest.mark.parametrize("text, roles", [
    ("what does a registrar actually do all day? loans, condition reports, insurance?", ["onet:25-4013.00"]),
    ("registrar salary uk, ST3 in the NHS", ["onet:29-1216.00"]),          # a doctor in training
    ("what do gallery attendants earn", ["onet:39-7011.00"]),
    ("skills for ecological consultant", ["onet:19-2041.00"]),
])
def test_names_of_museum_and_conservation_jobs(engine, text, roles):
    assert list(engine.understand(text).roles) == roles
