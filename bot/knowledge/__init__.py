"""Knowledge stage: curated role profiles, their loader and validator, the official tier."""
