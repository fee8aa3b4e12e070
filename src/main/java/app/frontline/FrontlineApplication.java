package app.frontline;

import app.frontline.demo.GenerateCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FrontlineApplication {
    public static void main(String[] args) {
        // command-line tools run without starting Spring; anything else starts the app
        String command = args.length > 0 ? args[0] : "";
        switch (command) {
            case "generate" -> System.exit(GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length)));
            default -> SpringApplication.run(FrontlineApplication.class, args);
        }
    }
}
