package org.tourismpolicing.referenceapp;

/**
 * The same requests against the README's embedded server (H2, development mode): its error answers
 * must be the production server's.
 */
class ContainerErrorAnswersSmokeIT extends ContainerErrorAnswersIT {}
