package io.wirestream.producer.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a list of command-line arguments names: files; directories (every regular file under them,
 * recursively, in name order, hidden files skipped); glob patterns the shell did not expand
 * ({@code 'feeds/**}{@code /*.xml'}, matched below the longest directory prefix without wildcards);
 * and {@code -} for standard input. A name that matches nothing is an error, not an empty run.
 */
public final class InputPaths {

    private InputPaths() {
    }

    /** @throws IllegalArgumentException naming the first argument that matches nothing */
    public static List<InputSource> expand(List<String> args, Path cwd, InputStream stdin) {
        List<InputSource> out = new ArrayList<>();
        for (String arg : args.isEmpty() ? List.of("-") : args) {
            if (arg.equals("-")) {
                out.add(InputSource.stream("stdin", stdin));
                continue;
            }
            Path p = cwd.resolve(arg);
            if (Files.isDirectory(p)) {
                walk(p, f -> true).forEach(f -> out.add(InputSource.file(Path.of(arg).resolve(p.relativize(f)).normalize().toString(), f)));
            } else if (Files.isRegularFile(p)) {
                out.add(InputSource.file(arg, p));
            } else if (isGlob(arg)) {
                List<InputSource> matches = glob(arg, cwd);
                if (matches.isEmpty()) {
                    throw new IllegalArgumentException("no file matches " + arg);
                }
                matches.forEach(out::add);
            } else {
                throw new IllegalArgumentException("no such file or directory: " + arg);
            }
        }
        return out;
    }

    static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    private static List<InputSource> glob(String pattern, Path cwd) {
        String normalized = pattern.replace('\\', '/');
        int firstWild = firstWildcard(normalized);
        int slash = normalized.lastIndexOf('/', firstWild);
        String baseText = slash < 0 ? "" : normalized.substring(0, slash);
        Path base = baseText.isEmpty() ? cwd : cwd.resolve(baseText);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        String rest = normalized.substring(slash + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        // like a shell's globstar, '**/' also matches no directory at all
        PathMatcher shallow = rest.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + rest.substring(3)) : matcher;
        return walk(base, f -> matcher.matches(base.relativize(f)) || shallow.matches(base.relativize(f))).stream()
                .map(f -> InputSource.file((baseText.isEmpty() ? base.relativize(f) : Path.of(baseText).resolve(base.relativize(f)))
                        .toString(), f))
                .toList();
    }

    private static int firstWildcard(String s) {
        int i = 0;
        while (i < s.length() && "*?[{".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static List<Path> walk(Path dir, java.util.function.Predicate<Path> keep) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !isHidden(dir.relativize(f))).filter(keep).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
