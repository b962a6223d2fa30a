/** Preventive maintenance over REST: plans per contract, maintenance visits, their scheduling and record. */
package gr.cloudu.helpdesk.maintenance.rest;
