package org.cbec.app.onestop.domain;

/**
 * What a seller's user may do. The owner (the sign-up's token) does everything and files the others; a clerk works
 * the orders (products, orders, bookings, labels); finance records payments and reads the statement. Everyone reads
 * the orders, their timelines and the carriers.
 */
public enum SellerRole {
    OWNER, CLERK, FINANCE
}
