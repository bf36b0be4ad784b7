"""The agreement (samverkansöverenskommelsen): the one in force (``in_force``), new
periods copied from the last (``periods``) and the bilaga 1 follow-up (``follow_up``)."""
