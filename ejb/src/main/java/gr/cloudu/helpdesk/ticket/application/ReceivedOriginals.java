package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.ticket.domain.EvidenceFile;

import java.util.List;

/**
 * The originals that reached the help desk about a ticket (its mails, as they arrived, and the files that came with
 * them), as stored now. The intake keeps them; the register only checks them against the life-cycle.
 */
public interface ReceivedOriginals {

    List<EvidenceFile> of(String filingNumber);
}
