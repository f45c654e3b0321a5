package io.kubemu.engine.runtime.fs;

/**
 * A failed filesystem operation, named by its Linux error ({@link Errno}) and the path concerned.
 * The message is the one a Linux tool prints after the path: {@code No such file or directory}.
 */
public final class FsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The Linux error numbers the simulated filesystem can report, with their {@code strerror} text.
   */
  public enum Errno {
    ENOENT("No such file or directory"),
    EEXIST("File exists"),
    ENOTDIR("Not a directory"),
    EISDIR("Is a directory"),
    ENOTEMPTY("Directory not empty"),
    EBUSY("Device or resource busy"),
    EROFS("Read-only file system"),
    EINVAL("Invalid argument");

    private final String text;

    Errno(String text) {
      this.text = text;
    }

    /** The {@code strerror} text, e.g. {@code No such file or directory}. */
    public String text() {
      return text;
    }
  }

  private final Errno errno;
  private final String path;

  public FsException(Errno errno, String path) {
    super(path + ": " + errno.text());
    this.errno = errno;
    this.path = path;
  }

  public Errno errno() {
    return errno;
  }

  public String path() {
    return path;
  }
}
