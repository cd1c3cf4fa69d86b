package org.tourismpolicingx;

/** A class whose package name begins like the project's but is not the project's. */
public class Host {}
