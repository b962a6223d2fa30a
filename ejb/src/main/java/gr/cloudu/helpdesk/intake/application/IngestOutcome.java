package gr.cloudu.helpdesk.intake.application;

/** Whether a mail was taken now or had been taken before (and only the mailbox update was missing). */
public enum IngestOutcome { TAKEN, ALREADY_TAKEN }
