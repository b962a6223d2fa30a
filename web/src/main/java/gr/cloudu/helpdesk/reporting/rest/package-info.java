/** {@code /contracts/{code}/reports}: the quarterly Guaranteed Services reports over REST. */
package gr.cloudu.helpdesk.reporting.rest;
