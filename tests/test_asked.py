"""Issue #13, "Answer the question actually asked": the first line of the answer holds the fact asked for.

The questions here are the team's own; each test reads what the answer SAYS.
"""
from __future__ import annotations

import re

import pytest

from bot.answers.render import to_text
from bot.knowledge.recommend import dislikes_in, stage_of, years_in
from bot.understanding.session import Session
from bot.understanding.understand import Understanding
from .talking import first_line, talk



def ask(engine, text, session=None):
    reply, _ = engine.reply(text, session or Session())
    return reply


# --- 5. recommendations people can use ----------------------------------------------------------

def test_recommend_matches_whole_words_only(engine):
    assert all("art" not in s.matched for s in engine.recommender.rank("I'm smart"))
    assert engine.recommender.rank("I like art") == ()  # 'state-of-the-art' says nothing about art
    assert engine.recommender.rank("I have a background in data and some experience") == ()


@pytest.mark.parametrize("text, avoided", [
    ("no coding for me, I like dashboards and charts", "coding"),
    ("maths isn't my thing, I like organising data", "maths"),
    ("I hate coding but enjoy statistics", "coding"),
])
def test_negations_are_read_as_dislikes(text, avoided):
    assert avoided in dislikes_in(text)


def test_negation_lowers_the_roles_that_need_it(engine):
    plain = engine.recommender.rank("I like building models and statistics")
    no_code = engine.recommender.rank("I like building models and statistics, but I hate coding")
    assert [s.role_id for s in plain] != [s.role_id for s in no_code]
    engineers = {"machine-learning-engineer", "deep-learning-engineer", "ai-engineer"}
    assert not engineers & {s.role_id for s in no_code[:2]}


def test_career_changers_are_offered_reachable_roles_first(engine):
    text = "career changer here, I love leading teams and machine learning research"
    assert stage_of(text) == "novice"
    ranked = engine.recommender.rank(text, stage="novice")
    assert ranked[0].level <= 2
    assert all(s.level < 4 for s in ranked[:3])
    assert years_in("I've been a DBA for six years") == 6


def test_someone_starting_from_nothing_is_offered_entry_level_roles_before_mid_level_ones(engine):
    text = "complete beginner, no experience at all, I like AI models and dashboards"
    ranked = engine.recommender.rank(text, stage=stage_of(text))
    levels = [s.level for s in ranked]
    assert levels == sorted(levels) and levels[0] == 1, [(s.role_id, s.level) for s in ranked]


def test_recommendation_says_why_in_the_persons_words_with_a_source(engine):
    text = to_text(ask(engine, "I like SQL and dashboards, no coding please. What fits me?"))
    assert "Matches what you said: " in text and "dashboards" in text and "[1]" in text


# --- 1. questions between or inside the intents ---------------------------------------------------

def answer(engine, intent, roles, text, session=None, **fields):
    reply, _ = engine.answer(Understanding(intent, tuple(roles), **fields), session or Session(), text)
    return reply


def test_years_of_experience_before_a_role_come_from_the_seed(engine):
    line = first_line(ask(engine, "how many years of experience do people usually have "
                                  "before becoming a data architect?"))
    assert "3-5 years of experience" in line and line.startswith("Data Architect:")


def test_track_record_for_running_a_research_team(engine):
    reply = answer(engine, "getting_started", ["ai-research-manager"],
                   "what kind of track record would I need to lead an AI research group?")
    assert "2+ years" in first_line(reply) and "BLS lists" in first_line(reply)


def test_how_long_a_switch_takes_says_the_sources_do_not_say(engine):
    line = first_line(ask(engine, "how long does a move into data engineering take?"))
    assert "don't say how long" in line and "bachelor's degree" in line


def test_age_gets_an_honest_answer_not_the_whole_list(engine):
    text = to_text(ask(engine, "I'm 52, am I too old to become a data analyst?"))
    assert "none of my sources sets an age limit" in text.split("\n")[0]
    assert "Steps and tips" not in text


@pytest.mark.parametrize("text, above", [
    ("what comes after being a machine learning engineer, career-wise?", "Lead Machine Learning Engineer"),
    ("where can a business intelligence analyst progress to?", "Data Scientist"),
])
def test_progression_names_more_senior_roles(engine, text, above):
    reply = answer(engine, "similar", [engine.understand(text).roles[0]], text)
    assert "next steps up" in first_line(reply) and above in first_line(reply)


def test_lower_entry_bar_is_a_verdict_with_its_reason(engine):
    line = first_line(ask(engine, "data analyst or data scientist: which one is easier to get into?"))
    assert line.startswith("Data Analyst has the lower entry bar") and "master's degree or PhD" in line


def test_lower_entry_bar_from_bls_entry_education(engine):
    line = first_line(ask(engine, "statistician or data analyst, which has fewer requirements to get in?"))
    assert line.startswith("Data Analyst has the lower entry bar: BLS lists bachelor's degree")
    assert "master's degree" in line


def test_preference_decides_between_research_roles(engine):
    reply = answer(engine, "compare", ["ai-research-scientist", "ai-research-engineer"],
                   "I'd rather ship working systems than publish papers: research scientist or research engineer?")
    assert first_line(reply).startswith("AI Research Engineer fits better")


def test_who_to_hire_for_infrastructure(engine):
    reply = answer(engine, "compare", ["data-scientist", "mlops-engineer"],
                   "we need someone to build our model deployment infrastructure: data scientist or MLOps engineer?")
    assert first_line(reply).startswith("MLOps Engineer fits better")


def test_a_decision_the_facts_do_not_settle_says_it_depends(engine):
    reply = answer(engine, "compare", ["data-engineer", "analytics-engineer"],
                   "which should I pick? I want to do things")
    assert first_line(reply).startswith("It depends on")


def salary_session(engine, text="what does a statistician earn?"):
    _, session = engine.reply(text, Session())
    return session


@pytest.mark.parametrize("check, fact", [
    ("is that per month?", "yearly figures, not monthly"),
    ("is that per month?", "median hourly wage of $49.66"),
    ("is that before tax?", "gross pay, before tax"),
    ("is that base salary or does it include bonus?", "don't split pay into base salary, bonuses and benefits"),
    ("can people really earn that much?", "half of all U.S. Statisticians earned more than $103,300"),
    ("what's the difference between a median and a mean?", "median $103,300, mean $112,330"),
    ("where are those numbers from and how old are they?", "BLS OEWS May 2024"),
])
def test_checks_on_the_figures_just_shown(engine, check, fact):
    reply, _ = engine.reply(check, salary_session(engine))
    assert fact in first_line(reply)


def test_a_monthly_figure_is_labelled_as_arithmetic(engine):
    reply, _ = engine.reply("is that monthly?", salary_session(engine))
    assert "about $8,608 a month (my arithmetic on the annual median, not a published monthly figure)" in to_text(reply)


def test_jobs_without_experience(engine):
    line = first_line(answer(engine, "getting_started", [], "what data jobs are open to someone with no experience?"))
    assert line.startswith("Without experience, the entry-level roles I know are") and "Data Analyst" in line


def test_working_from_home_is_not_invented(engine):
    line = first_line(answer(engine, "overview", ["statistician"], "could I work remotely as a statistician?"))
    assert "don't say whether Statisticians can work from home" in line


def test_who_employs_them_lists_industries_first(engine):
    line = first_line(ask(engine, "who employs data governance managers?"))
    assert line.startswith("Data Governance Managers are hired mainly in")


@pytest.mark.parametrize("text, fact", [
    ("am I chatting with a real human?", "I'm not a person"),
    ("which language model are you built on?", "no large language model"),
    ("how do you know all this stuff?", "From my sources"),
    ("hmm this isn't helpful at all", "Sorry that didn't help"),
])
def test_questions_about_the_bot(engine, text, fact):
    reply = answer(engine, "help", [], text)
    assert fact in first_line(reply) and "only help with careers" not in to_text(reply)


# --- 2. two questions in one message --------------------------------------------------------------

def test_two_questions_are_both_answered_in_order(engine):
    reply = ask(engine, "which tools do data engineers use, and what do they earn?")
    line = first_line(reply)
    assert reply.intent == "tools"
    assert line.index("tools: ") < line.index("pay: ") < line.index("$135,980")
    assert "Apache Spark" in line


def test_education_and_pay_in_one_message(engine):
    line = first_line(answer(engine, "education", ["statistician"], "what degree and what salary for a statistician?",
                             also="salary"))
    assert "master's degree as the typical entry-level education" in line and "$103,300" in line


# --- 3. the person's own job ----------------------------------------------------------------------

def test_own_job_is_context_not_a_role(engine):
    reply, session = engine.reply("I've been a database administrator for 7 years. Data architect or data engineer?",
                                  Session())
    assert reply.roles == ("data-architect", "data-engineer")
    assert first_line(reply).startswith("From Database Administrator, ")
    assert "From your job (Database Administrator)" in to_text(reply)
    assert session.current_job == "database-administrator" and session.experience_years == 7


def test_own_job_is_remembered_for_later_turns(engine):
    first, session = engine.reply("I'm a nurse, how do I become a data analyst?", Session())
    assert first.roles == ("data-analyst",) and session.current_job.startswith("onet:29-1141")
    assert first_line(first).startswith(  # O*NET rates no skills for the Data Analyst's occupation: the profile's
        "From your job (Registered Nurses) to Data Analyst: carries over: ")  # words against the nurse's ratings
    _, session = engine.reply("I like spreadsheets and charts, what fits me?", session)
    assert "spreadsheets" in session.interests
    reply, _ = engine.reply("which is best for me?", session)
    assert first_line(reply).startswith("Best fit for you: ") and "Registered Nurses" in first_line(reply)
    later, _ = engine.reply("how long would it take me to become a data analyst?", session)
    assert "From your job (Registered Nurses)" in to_text(later) and "to add: SQL" in to_text(later)


# --- 4. where the figures apply -------------------------------------------------------------------

@pytest.mark.parametrize("text, note", [
    ("how much do data analysts make in Poland?", "I have no pay figures for Poland; the nearest I have are U.S."),
    ("data engineer salary in Berlin", "I have no pay figures for Berlin (Germany)"),
    ("statistician pay in euros", "I don't convert them into euros"),
    ("what does a DBA earn in Texas?", "national U.S. figures; I have none for Texas alone"),
    ("how much do data analysts make in Jamaica?", "I have no pay figures for Jamaica; the nearest"),
    ("statistician pay in Suva", "I have no pay figures for Suva (Fiji)"),
    ("what does a DBA earn in Alaska?", "national U.S. figures; I have none for Alaska alone"),
])
def test_figures_say_where_they_apply(engine, text, note):
    line = first_line(ask(engine, text))
    assert note in line and "$" in line


@pytest.mark.parametrize("text, place", [
    ("what do nurses do in UK hospitals every day?", "the UK"),
    ("what does a data architect do in Germany", "Germany"),
    ("how do I become a data engineer in Poland", "Poland"),
])
def test_what_a_job_involves_somewhere_says_the_sources_are_not_local(engine, text, place):
    line = first_line(ask(engine, text))
    assert f"not specific to {place}" in line and "mostly from the U.S." in line


def test_a_place_follow_up_keeps_the_question(engine):
    _, session = engine.reply("how much does a data scientist earn", Session())
    reply, _ = engine.reply("what about Australia?", session)
    assert reply.intent == "salary" and "I have no pay figures for Australia; the nearest" in first_line(reply)


def test_global_figures_are_shown_as_global(engine):
    line = first_line(ask(engine, "ML architect salary in India"))
    assert "global" in line and "India" in line


@pytest.mark.parametrize("message, says", [
    ("will AI replace electricians?", "my sources don't forecast what AI or automation will do"),
    ("is AI engineer just hype?", "my sources don't forecast whether it is hype"),
    ("software engineering or data science, which is safer from AI?",
     "my sources don't forecast what AI or automation will do to them"),
])
def test_a_worry_about_ai_is_answered_honestly_first(engine, message, says):
    from bot.answers.render import to_text
    first = to_text(engine.reply(message)[0]).splitlines()[0]
    assert says in first and "projected employment change 2024–34" in first


def test_an_occupation_named_by_another_title_says_which_occupation_answers(engine):
    from bot.answers.render import to_text
    text = to_text(engine.reply("what does an instructional designer do")[0])
    assert 'O*NET files "instructional designer" under Instructional Coordinators' in text
    assert "O*NET files" not in to_text(engine.reply("how much do plumbers earn")[0])


def test_an_everyday_name_we_map_ourselves_is_not_said_to_be_o_net_s(engine):
    # 'manual tester' is our reading, not a title O*NET lists: the answer says it is ours
    text = to_text(engine.reply("will AI replace manual testers?")[0])
    assert 'I take "manual testers" to be the O*NET occupation Software Quality Assurance' in text  # as typed
    assert 'O*NET files "manual tester"' not in text


def test_the_place_asked_about_is_remembered_for_later_figures(engine):
    from bot.answers.render import to_text
    session = Session()
    for message in ("data scientist salary in india", "and data engineer?"):
        reply, session = engine.reply(message, session)
    first = to_text(reply).splitlines()[0]
    assert session.place == "india" and "These are U.S. figures; I have none for India." in first
    reply, _ = engine.reply("what tools do they use", session)
    assert "India" not in to_text(reply)  # no figures, no place note


def test_a_comparison_opens_with_its_answer_and_says_where_its_figures_apply_after(engine):
    reply, _ = engine.reply("ML engineer vs MLOps engineer, I am in Berlin", Session())
    text = to_text(reply)
    assert text.split("\n", 1)[0] == "Machine Learning Engineer vs MLOps Engineer"
    assert "These are U.S. figures; I have none for Berlin (Germany)." in text


def test_an_answer_without_figures_says_nothing_about_where_figures_apply(engine):
    _, session = engine.reply("ML engineer vs MLOps engineer, I am in Berlin", Session())
    reply, _ = engine.reply("and tools?", session)
    assert reply.aspect == "tools" and "U.S. figures" not in to_text(reply)


def test_a_stand_in_figure_says_so_in_the_first_line(engine):
    reply, _ = engine.reply("how much does a data analyst make in toronto", Session())
    line = first_line(reply)
    assert ("Data Analyst — pay: BLS publishes no separate figure for it; the median annual wage of "
            "Data Scientists, the official occupation it is counted in, is $112,590") in line


@pytest.mark.parametrize("text, role", [
    ("what do data analysts start at?", "data-analyst"),
    ("entry level plumber pay?", "onet:47-2152.00"),
    ("junior data architect salary", "data-architect"),
])
def test_starting_pay_says_bls_has_none_and_gives_the_lower_figures(engine, text, role):
    reply = ask(engine, text)
    line = first_line(reply)
    assert reply.intent == "salary" and list(reply.roles) == [role]
    assert "no starting pay" in line and "10th percentile $" in line and "25th percentile $" in line


@pytest.mark.parametrize("text, level, figures", [
    ("what do senior plumbers make?", "senior pay", ("75th percentile $", "90th percentile $")),
    ("data analyst salary with 10 years experience", "senior pay", ("75th percentile $", "90th percentile $")),
    ("mid-level data engineer pay?", "mid-level figure", ("the middle half earn $",)),
])
def test_pay_at_a_stage_of_a_career_says_bls_has_none_and_gives_the_nearest(engine, text, level, figures):
    line = first_line(ask(engine, text))
    assert f"no {level}" in line or f"no {level.split()[0]}" in line
    assert "every level of experience" in line and all(f in line for f in figures)


def test_is_that_mid_level_pay_after_the_figures(engine):
    reply, _ = talk(engine, "plumber salary", "is that mid-level pay?")
    line = first_line(reply)
    assert reply.intent == "salary" and "no mid-level figure" in line and "$62,970" in line


@pytest.mark.parametrize("text, says", [
    ("is it realistic for me to become a plumber", "apprenticeship as the typical on-the-job training"),
    ("is data engineer doable for me?", "Bachelor's degree"),
])
def test_is_it_realistic_says_what_it_takes_without_judging(engine, text, says):
    reply = ask(engine, text)
    line = first_line(reply)
    assert reply.intent == "getting_started"
    assert "cannot judge" in line and says in line and "BLS lists" in line


def test_is_it_realistic_follows_the_role_in_context(engine):
    reply, _ = talk(engine, "I'm a maths teacher, thinking about data analyst", "is it realistic for me?")
    assert reply.intent == "getting_started" and list(reply.roles) == ["data-analyst"]
    assert "realistic for you" in first_line(reply)


def test_better_off_staying_compares_the_target_with_the_own_job(engine):
    reply, _ = talk(engine, "I'm a maths teacher, thinking about data analyst",
                    "would I be better off staying a teacher?")
    assert reply.intent == "compare" and reply.roles[0] == "data-analyst" and reply.roles[1].startswith("onet:25-")


def test_starting_pay_names_the_occupation_a_stand_in_figure_is_for(engine):
    assert "Data Scientists, the official occupation it is counted in" in first_line(
        ask(engine, "what do data analysts start at?"))


def test_no_skill_ratings_is_not_little_in_common(engine):
    """O*NET 29.2 rates no skills for Data Scientists (the Data Analyst's occupation): when the profile's words
    match nothing the person's job is rated for, say the ratings are missing, never 'little carries over', and
    say what the person's own job is rated for."""
    session = Session()
    _, session = engine.reply("I'm a truck driver", session)
    reply, _ = engine.reply("what would carry over to data analyst?", session)
    line = first_line(reply)
    assert "little carries over" not in line
    assert "O*NET has no skill ratings for Data Scientists" in line and "Transportation" in line


def test_whose_figure_says_which_occupation_a_stand_in_figure_is_for(engine):
    session = Session()
    _, session = engine.reply("data analyst salary", session)
    reply, _ = engine.reply("is that number really for data analysts or is it data scientists?", session)
    line = first_line(reply)
    assert line.startswith("Data Analyst: $112,590 is the median for Data Scientists")
    assert "not for Data Analyst alone" in line and "one official figure for both" in line


def test_whose_figure_for_an_occupation_s_own_figure(engine):
    session = Session()
    _, session = engine.reply("plumber salary", session)
    reply, _ = engine.reply("is that figure really for plumbers?", session)
    assert "is the median for its own occupation, Plumbers, Pipefitters, and Steamfitters" in first_line(reply)


def test_the_own_job_s_name_and_numbers_are_not_interests(engine):
    """'im 24, warehouse supervisor, ...': 'warehouse' is their job, not a wish for data warehouses; '24' is an
    age; 'better pay' is no interest in payroll."""
    reply = ask(engine, "hey im 24 warehouse supervisor in birmingham, no degree. want better pay, thinkin "
                        "somethin with computers. what would suit me")
    text = to_text(reply)
    assert reply.intent == "recommend" and "Matches what you said: warehouse" not in text
    assert not re.search(r"Matches what you said: [^—]*\b(?:24|pay)\b", text)
    assert "onet:43-3051.00" not in reply.roles  # Payroll and Timekeeping Clerks


def test_a_degree_the_person_lacks_is_said_as_a_requirement(engine):
    text = to_text(ask(engine, "no degree, I like dashboards and charts, what fits me?"))
    assert "It does involve some degree" not in text
    assert "usually asks for a degree" in text


@pytest.mark.parametrize("text", ["how much do the courses cost for data analysts?",
                                  "data analyst - cost of the training?", "is a data engineering bootcamp expensive?"])
def test_course_costs_are_said_to_be_unknown_not_answered_with_pay(engine, text):
    reply = ask(engine, text)
    assert reply.intent == "education"
    assert first_line(reply).startswith("None of my sources gives prices for courses")


@pytest.mark.parametrize("text, says", [
    ("what certifications does a data analyst need?", "certifications my sources name: “Microsoft Certified: Power BI"),
    ("what certs do i need for it support", "my sources name no certifications for it"),
])
def test_certifications_named_or_said_to_be_unnamed(engine, text, says):
    assert says in first_line(ask(engine, text))


def test_a_nurse_weighing_informatics_gets_her_own_job_compared_and_what_carries_over(engine):
    session = Session()
    first, session = engine.reply(
        "Hello. I'm a 52 year old registered nurse in Ohio, been in med-surg for 25 years. I'm thinking about moving "
        "into health informatics, or maybe just staying in nursing. How would health informatics compare to what I "
        "do now?", session)
    assert first.intent == "compare" and set(first.roles) == {"onet:29-1141.00", "onet:15-1211.01"}
    _, session = engine.reply("I make about 85k right now. Would I actually make more?", session)
    assert session.pay_amount == 85000
    reply, _ = engine.reply("I'm not a systems analyst, I'm a nurse. What from my nursing experience would carry "
                            "over into informatics?", session)
    assert first_line(reply).startswith("From your job (Registered Nurses) to Health Informatics Specialists: "
                                        "carries over:")


def test_would_i_make_more_with_pay_stated_compares_with_it_not_a_realism_check(engine):
    session = Session()
    _, session = engine.reply("health informatics specialist vs registered nurse", session)
    reply, _ = engine.reply("I make about 85k right now. Would I actually make more?", session)
    text = to_text(reply)
    assert reply.aspect == "salary" and "yes, as published pay" not in text
    assert "more than the 85,000 a year you said you earn" in text


def test_no_degree_puts_jobs_entered_without_one_first(engine):
    """'no degree': the O*NET occupations BLS says are entered without a degree come first, each one's typical
    entry education checked against the official data (not senior curated roles that need a degree)."""
    reply = ask(engine, "im 24, warehouse supervisor, no degree. thinking something with computers. what would "
                        "suit me")
    first = reply.roles[:3]
    assert first and all(r.startswith("onet:") for r in first)
    for role_id in first:
        occ = engine.official.occupation(role_id.removeprefix("onet:"))
        assert occ.projection.entry_education in ("High school diploma or equivalent", "No formal educational "
                                                  "credential", "Postsecondary nondegree award",
                                                  "Some college, no degree")


def test_is_that_dollars_is_answered_yes_first(engine):
    reply, _ = talk(engine, "computer user support specialist salary", "60k?? is that dollars?")
    assert first_line(reply).startswith("Yes: the BLS pay figures are U.S. dollars")


@pytest.mark.parametrize("place", ["Ontario", "Alberta", "Queensland", "Illinois"])
def test_a_province_or_state_is_a_place_the_figures_do_not_cover(engine, place):
    reply, _ = talk(engine, "I live in the UK", "computer user support specialist salary",
                    f"does this apply in {place}?")
    assert re.search(rf"I have (?:none|no pay figures) for {place}\b", to_text(reply))


def test_a_pay_figure_quoted_back_after_an_outlook_answer_is_about_pay_and_where_it_applies(engine):
    reply, _ = talk(engine, "registered nurse outlook",
                    "Is the 93,600 for nurses an Ohio number or national? nobody I know in Columbus makes that")
    assert reply.intent == "salary"
    assert "These are national U.S. figures; I have none for Ohio or Columbus alone." in first_line(reply)


@pytest.mark.parametrize("text, says", [
    ("is it smarter to start as a data analyst and move to data science later?",
     ("Data Analyst first, then Data Scientist", "profile says", "BLS lists no work experience")),
    ("should I do helpdesk first and then move up to sysadmin?",
     ("Computer User Support Specialists first, then Network and Computer Systems Administrators",
      "O*NET lists Computer User Support Specialists among the occupations related")),
    ("would starting as a BI analyst be a good way in to data engineering?",
     ("Business Intelligence Analyst first, then Data Engineer", "less than 5 years of work experience",
      "do not name Business Intelligence Analyst")),
])
def test_one_job_first_then_another_says_what_the_sources_say_of_that_route(engine, text, says):
    line = first_line(ask(engine, text))
    assert all(s in line for s in says)


@pytest.mark.parametrize("text, role, options", [
    ("bootcamp or masters for data analyst?", "Data Analyst", ("bootcamp", "masters")),
    ("plumber apprenticeship or college course?", "Plumbers, Pipefitters, and Steamfitters",
     ("apprenticeship", "college")),
])
def test_a_choice_between_two_ways_of_studying_says_no_source_weighs_them(engine, text, role, options):
    line = first_line(ask(engine, text))
    assert line.startswith(f"{role}: none of my sources weighs {options[0]} against {options[1]}")
    assert "BLS lists" in line


def test_working_from_home_is_answered_even_when_read_as_outlook(engine):
    reply = ask(engine, "can a data analyst work from home? my knees are shot")
    assert first_line(reply).startswith("My sources don't say whether Data Analysts can work from home")


def test_pay_and_a_certificate_in_one_message_answers_both_without_a_price_disclaimer(engine):
    reply, _ = talk(engine, "help desk", "pay? and whats a cert i could do online")
    line = first_line(reply)
    assert line.startswith("Computer User Support Specialists — pay: median annual wage $")
    assert "certifications" in line and "prices" not in line


def test_pay_and_is_it_remote_answers_both_in_order(engine):
    line = first_line(ask(engine, "what about data entry. pay and is it remote"))
    assert line.index("median annual wage") < line.index("can work from home")
    assert "Data Entry Keyers can work from home" in line   # an O*NET name is not pluralised again


def test_pay_for_remote_work_taken_as_given_says_no_source_has_it(engine):
    line = first_line(ask(engine, "if i work remote for a US firm as a statistician, what would they pay me in kenya"))
    assert line.startswith("None of my sources says what a firm pays someone working remotely from another country")
    assert "can work from home" not in line and "median annual wage $" in line


def test_a_line_with_no_figure_does_not_say_where_figures_apply(engine):
    reply, _ = talk(engine, "im in alberta", "can dispatch be done from home?")
    assert "U.S. figures" not in first_line(reply)


@pytest.mark.parametrize("text", ["you didnt answer. 25 yrs driving, what carries over to dispatch",
                                  "can dispatch be done from home?"])
def test_career_questions_with_pushback_or_constraints_are_not_refused(engine, text):
    reply = ask(engine, text)
    assert reply.intent != "unknown" and list(reply.roles) == ["onet:43-5032.00"]


@pytest.mark.parametrize("text", ["is MSc abroad worth it for data science? like UK 1 yr masters, costs 30-35 lakh",
                                  "i didnt ask cost. do data scientists need a masters or not?"])
def test_a_price_stated_or_waved_away_gets_no_price_disclaimer(engine, text):
    assert "None of my sources gives prices" not in first_line(ask(engine, text))


def test_a_hiring_manager_asking_the_difference_gets_the_comparison_not_a_pick(engine):
    reply = ask(engine, "We need to hire our first data person at a manufacturing company. I am unsure whether we "
                        "need a data analyst, a data engineer or a BI analyst. Could you explain the difference?")
    assert reply.intent == "compare" and reply.aspect is None and len(reply.roles) == 3
    assert "fits better" not in first_line(reply)


def test_and_a_second_role_in_its_own_sentence_is_asked_the_same_question(engine):
    reply = ask(engine, "What should we pay a data analyst in the Stuttgart area? And a data engineer?")
    assert reply.intent == "salary" and list(reply.roles) == ["data-analyst", "data-engineer"]


@pytest.mark.parametrize("text", ["Also, should the BI analyst be senior or is a junior enough as the first hire?",
                                  "list the responsibilities for the job ad of a BI analyst in manufacturing"])
def test_hiring_words_and_a_sector_do_not_make_an_industries_question(engine, text):
    assert ask(engine, text).intent != "industries"


@pytest.mark.parametrize("text, says", [
    ("Is SAP knowledge important for a data analyst?", "Data Analyst — SAP: my sources don't list it"),
    ("k8s required for mlops engineer?", "MLOps Engineer — kubernetes: yes, my sources list it"),
    ("power bi needed for bi analyst?", "Business Intelligence Analyst — power bi: yes"),
])
def test_whether_a_named_tool_is_needed_is_answered_from_the_lists(engine, text, says):
    assert first_line(ask(engine, text)).startswith(says)


def test_how_long_uses_only_the_roles_own_facts(engine):
    """A data architect's '3-5 years ... beginning with data analysis' is no time for becoming a data analyst."""
    line = first_line(ask(engine, "how long would it take to become a data analyst from scratch"))
    assert "data architect" not in line.lower()


def test_the_field_one_picks_that_job(engine):
    reply, _ = talk(engine, "bookkeeping vs medical coding outlook", "and the bookkeeping one, why is it shrinking?")
    assert list(reply.roles) == ["onet:43-3031.00"]


def test_employers_named_in_a_worry_is_no_question_about_who_employs_them(engine):
    reply, _ = talk(engine, "bookkeeper", "Will employers even look at me after an 8 year gap? how do I explain it?")
    assert "doesn't say which industries employ" not in first_line(reply)


@pytest.mark.parametrize("text, gap", [
    ("How do I explain the gap on my CV for a bookkeeping job?", "how employers see a career break"),
    ("would part time hours be normal in medical coding", "working hours, shifts or part-time work"),
    ("do chefs work weekends", "working hours, shifts or part-time work"),
    ("logistics analyst, is it monday to friday?", "working hours, shifts or part-time work"),
    ("what are the working hours of a nurse", "working hours, shifts or part-time work"),
    ("why is bookkeeping shrinking?", "why employment is projected to change"),
    ("how long to learn SQL for data analyst", "how long it takes to learn a skill"),
    ("is an MSc abroad worth it for data science?",
     "whether it is worth it to you (what it costs you or what you give up)"),
    ("should our first BI analyst be junior or senior?", "whether a junior or a senior suits a job"),
    ("which universities in ghana are good for data science? is KNUST or legon better",
     "which universities or colleges teach it"),
    ("Are there any free or government-funded courses for data analysts?", "which courses are free or funded"),
    ("How do I explain the career change on my CV for a data analyst job?", "how to write a CV"),
    ("Would a consultant be cheaper than hiring a full-time data analyst?", "whether to take on a contractor"),
])
def test_what_no_source_covers_is_said_first_then_what_they_have(engine, text, gap):
    reply = ask(engine, text)
    line = first_line(reply)
    assert line.startswith(f"My sources don't cover {gap}") and reply.roles


def test_why_a_job_is_shrinking_still_gives_the_projection(engine):
    assert "projected employment change 2024–34" in first_line(ask(engine, "why is bookkeeping shrinking?"))


def test_jobs_that_dont_need_a_degree_puts_those_entered_without_one_first(engine):
    reply = ask(engine, "computer jobs that dont need a degree?")
    assert reply.intent == "recommend" and reply.roles[0] == "onet:15-1232.00"


@pytest.mark.parametrize("text", ["Our priority is a reliable monthly reporting of production KPIs. Which of the "
                                  "three is the right first hire?",
                                  "The money matters too but its not the main thing. which is more realistic?"])
def test_pay_words_set_aside_or_used_otherwise_are_no_figure_check(engine, text):
    reply, _ = talk(engine, "data analyst vs data engineer vs bi analyst salary", text)
    line = first_line(reply)
    assert "these are yearly figures, not monthly" not in line and "yes, as published pay" not in line


def test_an_offer_abroad_is_not_judged_and_years_said_are_not_a_question_about_senior_pay(engine):
    reply, _ = engine.reply("i am accountant in pune having 4 years experience. got offer as data analyst 9 LPA "
                            "CTC. is this offer fair?", Session())
    line = first_line(reply)
    assert line.startswith("Whether that offer is fair where you are, my sources can't say")
    assert "senior pay" not in line and "don't split pay into base salary" not in line


@pytest.mark.parametrize("message, starts", [
    ("is a computer vision engineer related to video games?",
     "Computer Vision Engineer and games: my sources don't tie"),
    ("is a BI analyst job connected to dashboards at all?", "Business Intelligence Analyst and dashboards: yes, my "
                                                             "sources tie them: “"),
])
def test_whether_a_job_is_tied_to_a_thing_is_answered_from_the_sources(engine, message, starts):
    reply, _ = engine.reply(message, Session())
    assert first_line(reply).startswith(starts)


# Seventh persona trial: what the first line must say (a paralegal, a warehouse worker, a teenager, a CTO).
FIRST_LINES = [
    (("what do data analysts make", "112k seems really high for an entry level data analyst, is that realistic for "
      "someone switching careers at 41?"),
     ("Data Analyst: not as Data Analyst pay: the figure is for all U.S. Data Scientists", "10th percentile")),
    (("what does an industrial machinery mechanic do", "can i earn money while i learn it"),
     ("My sources don't cover whether the training is paid", "long-term on-the-job training")),
    (("can I get hired as a data analyst with an associate degree?",
      "no i mean studying part time, not working part time. how many months is the google data analytics "
      "certificate?"),
     ("My sources don't cover which courses can be done part-time", "how long a course or certificate takes")),
    (("will AI replace paralegals?",), ("growing, slower than all occupations, +0.2%",)),
    # within a point of the average is about as fast (BLS's own words for +4% against +3.1%), not 'faster'
    (("will AI replace doctors?",), ("growing about as fast as all occupations, +3.3%",)),
    (("data analyst vs BI analyst", "which fits me better? I do a lot of excel reports and dashboards for the "
                                    "partners"),
     ("Business Intelligence Analyst fits better",)),
    (("data analyst vs BI analyst", "Im a paralegal and I build excel reports and dashboards. so which one"),
     ("Business Intelligence Analyst fits better",)),
]


@pytest.mark.parametrize("messages, said", FIRST_LINES, ids=lambda m: m[-1][:40] if isinstance(m[-1], str) else "")
def test_the_first_line_answers_what_the_trial_asked(engine, messages, said):
    line = first_line(talk(engine, *messages)[0])
    assert all(part in line for part in said), line


@pytest.mark.parametrize("messages", [
    ("compliance manager outlook", "is that 4.5% per year? does it say anything about AI?"),
    ("what's the outlook for paralegals", "is that growth figure annual or over ten years?"),
])
def test_the_period_of_a_projection_is_the_whole_ten_years(engine, messages):
    # a percentage asked about after an outlook is the projected change over 2024-34, never read as pay
    reply, _ = talk(engine, *messages)
    line = first_line(reply)
    assert reply.intent == "outlook" and line.startswith("Over the whole ten years 2024–34, not per year"), line
    assert ("AI" in messages[-1]) == ("don't forecast what AI" in line)


def test_a_hello_and_an_introduction_do_not_hide_a_question(engine):
    reply, session = talk(engine, "hi. i do HR for a fintech in lagos, i recruit for our data team. "
                                  "abeg wetin be the difference between data engineer and data analyst")
    assert reply.intent == "compare" and reply.roles == ("data-engineer", "data-analyst")
    assert talk(engine, "Hello! I'm a primary school headteacher from Cardiff.")[0].intent == "greeting"


def test_a_different_question_asks_for_no_comparison(engine):
    reply, _ = talk(engine, "data engineer vs data analyst", "different question: what do paralegals earn")
    assert reply.intent == "salary" and reply.roles == ("onet:23-2011.00",)


def test_the_field_asked_is_no_liking_the_languages_a_translator_loves_are(engine):
    # 'which AI job' names the field every role is in; 'languages' is what this person likes
    reply = ask(engine, "I'm a translator, I speak 4 languages and love grammar. Which AI job fits me?")
    assert "nlp-engineer" in reply.roles[:3], reply.roles


@pytest.mark.parametrize("message, says", [
    ("do I need a master's to be a data analyst?", "none of my sources says a master's is required"),
    ("does a data scientist need a phd", "on the PhD, my sources say"),
    ("can I become a plumber without a degree", "high school diploma or equivalent as the typical entry-level"),
])
def test_whether_a_degree_is_needed_is_answered_first(engine, message, says):
    line = first_line(talk(engine, message)[0])
    assert says in line and "typical entry-level education" in line, line


def test_a_named_course_is_answered_with_what_the_sources_say_of_it(engine):
    line = first_line(talk(engine, "is the google data analytics certificate any good for a data analyst?")[0])
    assert line.startswith("Data Analyst: my sources mention it:") and "Google Data Analytics" in line, line
    assert "none of them rates one course" in line


def test_which_tool_first_is_answered_from_the_order_the_sources_give(engine):
    """'sql or python first? just tell me one' after the data analyst: the profile's tip says SQL first."""
    tip = next(f.text for f in engine.kb.role("data-analyst").getting_started if "first" in f.text)
    line = first_line(talk(engine, "what does a data analyst do", "so sql or python first? just tell me one")[0])
    assert line.startswith("SQL first") and tip.rstrip(".") in line


def test_which_tool_first_says_when_the_sources_give_no_order(engine):
    line = first_line(talk(engine, "ml engineer: pytorch or tensorflow first?")[0])
    assert line.startswith("My sources don't say which of pytorch or tensorflow to learn first")


@pytest.mark.parametrize("message", ["can I become a welder with a felony?",
                                     "got a DUI 3 years ago. can i still get a CDL",
                                     "do they run background checks for nursing assistants"])
def test_a_criminal_record_is_said_to_be_beyond_the_sources_first(engine, message):
    reply, _ = talk(engine, message)
    assert first_line(reply).startswith("My sources don't cover how a criminal record or a background check affects")


@pytest.mark.parametrize("message, gap", [
    ("What should I ask a data analyst candidate in the interview? I'm not technical.", "which questions to ask"),
    ("should we hire a contractor or a full-time employee as our first data analyst?", "a contractor or an employee"),
])
def test_an_employers_question_beyond_the_sources_is_said_so_first(engine, message, gap):
    reply, _ = talk(engine, message)
    line = first_line(reply)
    assert line.startswith("My sources don't cover") and gap in line and "profile for" not in to_text(reply)


def test_an_employer_asking_about_their_own_move_is_answered_for_them(engine):
    reply, session = talk(engine, "We're hiring our first data person: data analyst or analytics engineer?",
                          "Different topic, about me now. Could I move into people analytics? I'm an HR manager.")
    assert not session.hiring and not first_line(reply).startswith("For a hire")


def test_pay_asked_for_a_place_without_figures_says_so_first(engine):
    reply, _ = talk(engine, "data analyst vs data engineer", "what would each cost us in Toronto, in CAD?")
    line = first_line(reply)
    assert line.startswith("I have no pay figures for Toronto (Canada); the nearest I have are U.S. figures")
    assert "Canadian dollars" in line and "$" in to_text(reply).split(line, 1)[1]


def test_a_place_asked_about_holds_for_one_message_then_where_they_are_again(engine):
    said = ["hi im a QA tester in krakow. what does a data engineer earn?",
            "and in germany? im thinking of berlin", "and the education?", "how do i get started?"]
    replies = [talk(engine, *said[:n])[0] for n in range(2, 5)]
    assert "Germany" in to_text(replies[0]) and "Germany" in to_text(replies[1])
    assert "Germany" not in to_text(replies[2]) and "Krakow" in to_text(replies[2])


def test_the_closer_step_says_the_tools_are_the_occupations(engine):
    line = first_line(talk(engine, "I'm a QA tester. data engineer or AI engineer, which is the closer step?")[0])
    assert "closer step" in line and "not necessarily ones you use" in line


def test_whether_their_years_count_for_a_target_is_what_carries_over(engine):
    reply, _ = talk(engine, "im a QA tester in krakow, want to move to data engineering",
                    "my 3 years QA testing - is it useful for data engineer or not?")
    assert reply.roles == ("data-engineer",)
    assert first_line(reply).startswith("From your job (Software Quality Assurance Analysts and Testers) to Data Eng")


def test_two_questions_keep_both_when_the_learned_model_picks_the_first(engine):
    reply, _ = talk(engine, "Show all skills of a Data Analyst. And do they need a degree?")
    assert reply.intent == "skills" and "Data Analyst — education" in first_line(reply)


def test_cad_beside_catia_is_design_not_canadian_dollars(engine):
    reply, _ = talk(engine, "What does a data scientist earn in Germany, in Euro?",
                    "I work much with MATLAB, statistics and CAD with CATIA. Is this worth something for data science?")
    assert "Canadian" not in to_text(reply)
    assert "Canadian dollars" in to_text(ask(engine, "what does a data scientist earn in CAD?"))
    reply, _ = talk(engine, "What does a data scientist earn in Germany, in Euro?",
                    "Canadian dollars?? CAD means computer aided design. Does my statistics count for data science?")
    assert "into Canadian dollars" not in to_text(reply)  # the currency rejected, not asked for


@pytest.mark.parametrize("text", [
    "I'm a mechanical engineer thinking about data science. Am I too old for this at 55?",
    "with 52, would anyone still hire me as a data analyst, or is it only for young people?"])
def test_an_age_worry_is_answered_first(engine, text):
    assert "age limit" in first_line(ask(engine, text))


def test_how_long_for_an_occupation_gives_the_surveyed_experience_and_training(engine):
    line = first_line(ask(engine, "how long does it take to become a health informatics specialist?"))
    assert "my sources don't say how long" in line
    assert re.search(r"O\*NET's surveyed Health Informatics Specialists give most often is that a new hire needs "
                     r".+ of related work experience \(\d+(\.\d+)?% of respondents\)", line)


@pytest.mark.parametrize("term", ['"moderate term" = weeks or months??',
                                  "what does long-term on-the-job training mean"])
def test_a_bls_training_category_asked_about_says_its_length_is_not_in_the_sources(engine, term):
    # persona 33: 'moderate-term' named by the bot, then asked about; the sources name it but give no length
    reply, _ = talk(engine, "how long to train for a dispatcher?", term)
    line = first_line(reply)
    assert reply.intent == "getting_started" and list(reply.roles) == ["onet:43-5032.00"]
    assert re.search(r"BLS gives '\w+-term on-the-job training' .* my sources don't say how many weeks or months", line)
    assert re.search(r"O\*NET's surveyed Dispatchers.* say most often \(\d+(\.\d+)?% of respondents\) is that a new "
                     r"hire needs .+ of on-the-job training", line)


def test_a_pay_cut_after_saying_their_pay_compares_with_it(engine):
    reply, _ = talk(engine, "I'm a nurse. what does a health informatics specialist earn? im at about 95k",
                    "so would i take a pay cut at first? i cant really afford to drop below 80k")
    assert "95,000 a year you said you earn" in first_line(reply)


def test_two_tools_one_source_word_covers_are_not_ordered(engine):
    line = first_line(ask(engine, "for a machine learning engineer, what should I learn first, Python or SQL?"))
    assert not re.search(r"\b(\w+) and \1 first", line)
    assert line.startswith("My sources don't say which of Python or SQL to learn first")


def test_two_names_read_as_one_occupation_are_said_together_as_typed(engine):
    text = to_text(ask(engine, "what do health informatics or clinical informatics people do?"))
    assert text.count("I take") == 1 and '"health informatics" and "clinical informatics"' in text


def test_a_comparison_weighed_against_their_pay_still_says_where_the_figures_apply(engine):
    reply, _ = talk(engine, "I'm a nurse. what does a health informatics specialist earn? im at about 95k",
                    "and pay? do data analysts make more than informatics people? houston if you have it")
    assert "you said you earn" in to_text(reply) and "I have none for Houston alone" in to_text(reply)


def test_realistically_opening_a_comparison_asks_the_comparison(engine):
    # 'Realistically, how does …' is an adverb before the question, not 'can people really earn that?'
    reply, _ = talk(engine, "Realistically, how does a statistician's pay compare with a data analyst's?")
    text = first_line(reply)
    assert "as published pay, not a promise" not in text and reply.intent == "compare"


def test_surveyed_experience_beside_no_experience_says_why_they_differ(engine):
    # O*NET's '2 to 4 years' next to BLS's 'no work experience' reads as a contradiction unless told apart
    reply, _ = talk(engine, "how long does it take to become a fraud examiner")
    line = first_line(reply)
    assert "no work experience" in line and "the two differ because O*NET asks workers in the job" in line


def test_no_figures_are_promised_below_when_no_pair_of_jobs_is_named(engine):
    # 'IT' names no job: the comparison has one side, so no figures follow and none are promised
    reply, _ = talk(engine, "nursing vs IT, which one pays more abroad? like US canada australia")
    line = first_line(reply)
    assert line.startswith("I have no pay figures for Canada or Australia") and "below" not in line


@pytest.mark.parametrize("text, asked", [
    ("how much does the course cost", True),
    ("is the cert expensive", True),
    ("i do the orders, supplier, stock, food cost % every week in excel, does that count?", False),
    ("I handled labour costs and rotas, does that count?", False),
])
def test_a_business_cost_figure_is_no_price_asked(text, asked):
    from bot.answers.asked import asks_cost
    assert asks_cost(text) is asked
