/** Preventive maintenance: plans per contract and machine, and the maintenance visits they produce. */
package gr.cloudu.helpdesk.maintenance.domain;
