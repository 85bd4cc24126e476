package com.homeservices.dw.jobs.cli;

import java.sql.Connection;
import java.sql.DriverManager;

/** A second process that holds a warehouse file for a while, as the scheduler does while it works. */
final class HoldTheWarehouse {

    private HoldTheWarehouse() {
    }

    /** @param args the file and how many milliseconds to hold it */
    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
            connection.createStatement().execute("select 1");
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]));
        }
    }
}
